package org.pmdc.hub.console;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A company's derived metrics in its latest quarter against the quarter before: each metric's two
 * values (exact decimals as the API gives them), the change, or the reason one is not available.
 */
final class QuarterComparison {

  /** One metric in both quarters. {@code change} is null when either value is. Public for the template. */
  public record Row(String metric, String previous, String latest, String change, String notAvailable) {}

  /** The two quarters compared and their rows; no rows when fewer than one quarter is held. */
  public record Comparison(String previousPeriod, String latestPeriod, List<Row> rows) {}

  private QuarterComparison() {}

  /** @param quarters the company's metrics, one per quarter, oldest first */
  @SuppressWarnings("unchecked")
  static Comparison latestTwo(List<Map<String, Object>> quarters, List<String> metrics) {
    if (quarters.isEmpty()) {
      return new Comparison(null, null, List.of());
    }
    Map<String, Object> latest = quarters.get(quarters.size() - 1);
    Map<String, Object> previous = quarters.size() > 1 ? quarters.get(quarters.size() - 2) : Map.of();
    Map<String, Object> latestValues = (Map<String, Object>) latest.getOrDefault("metrics", Map.of());
    Map<String, Object> previousValues = (Map<String, Object>) previous.getOrDefault("metrics", Map.of());
    Map<String, Object> reasons = (Map<String, Object>) latest.getOrDefault("notAvailable", Map.of());
    List<Row> rows = new ArrayList<>();
    for (String metric : metrics) {
      String now = text(latestValues.get(metric));
      String before = text(previousValues.get(metric));
      String change = now == null || before == null ? null
          : new BigDecimal(now).subtract(new BigDecimal(before)).stripTrailingZeros().toPlainString();
      rows.add(new Row(metric, before, now, change, text(reasons.get(metric))));
    }
    return new Comparison(text(previous.get("periodEnd")), text(latest.get("periodEnd")), rows);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
