package org.pmdc.hub.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Groups claimed deliveries into their streams, and keeps each stream in order as it is delivered. */
@Component("deliveryStreams")
public class DeliveryStreams {

  /** The claimed rows by channel and fund, each stream oldest first (RETURNING keeps no order). */
  public List<DeliveryStream> group(List<Map<String, Object>> claimed) {
    Map<String, List<Map<String, Object>>> streams = new LinkedHashMap<>();
    claimed.stream()
        .sorted(Comparator.comparingLong(row -> ((Number) row.get("id")).longValue()))
        .forEach(row -> streams.computeIfAbsent(row.get("channel_id") + "/" + row.get("fund_id"), key -> new ArrayList<>())
            .add(row));
    return streams.values().stream()
        .map(rows -> new DeliveryStream((String) rows.get(0).get("channel"), List.copyOf(rows)))
        .toList();
  }

  /** After an attempt ({@code record-attempt.sql} parameters): one that did not get through holds back the rest. */
  public void attempted(DeliveryStream stream, Map<String, Object> outcome) {
    if (!"delivered".equals(outcome.get("status"))) {
      stream.interrupt();
    }
  }
}
