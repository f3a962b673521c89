package org.pmdc.hub.console;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each subscriber received of a submission's records: for each delivery, the lines of its
 * record that carry the investors it represents ("all": every line), each with its source row, so
 * the journey shows an LP's data down to the row of the GP's file it came from.
 */
final class DeliveredLines {

  private DeliveredLines() {}

  /**
   * @param records the submission's records, each with its {@code lines} ({@code GET /submissions/{id}/records})
   * @param deliveries the submission's deliveries, each with its {@code recordId} and {@code investors}
   * @return the lines of each delivery, by the delivery's id
   */
  @SuppressWarnings("unchecked")
  static Map<Object, List<Map<String, Object>>> of(List<Map<String, Object>> records, List<Map<String, Object>> deliveries) {
    Map<Object, List<Map<String, Object>>> byRecord = new LinkedHashMap<>();
    records.forEach(record -> byRecord.put(record.get("id"), (List<Map<String, Object>>) record.getOrDefault("lines", List.of())));
    Map<Object, List<Map<String, Object>>> received = new LinkedHashMap<>();
    for (Map<String, Object> delivery : deliveries) {
      Object investors = delivery.get("investors");
      received.put(delivery.get("id"), byRecord.getOrDefault(delivery.get("recordId"), List.of()).stream()
          .filter(line -> !(investors instanceof Collection<?> codes) || codes.contains(line.get("investorId")))
          .toList());
    }
    return received;
  }
}
