package org.pmdc.hub.console;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of a chart as {@code static/console/charts.js} draws it from a page's
 * {@code data-chart} attribute: the labels of the x axis and one series of values per figure, the
 * exact decimals as text (a missing figure is a gap, never 0). No script is written into a page.
 */
final class Charts {

  private Charts() {}

  /** A line chart of the rows' figures over the rows' {@code label} field, in the rows' order. */
  static Map<String, Object> lines(List<Map<String, Object>> rows, String label, List<String> figures) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("labels", rows.stream().map(row -> String.valueOf(row.get(label))).toList());
    List<Map<String, Object>> series = new ArrayList<>();
    for (String figure : figures) {
      List<Object> values = new ArrayList<>();
      rows.forEach(row -> values.add(valueOf(row, figure)));
      series.add(Map.of("name", figure, "values", values));
    }
    chart.put("series", series);
    return chart;
  }

  /**
   * The J-curve of a fund's snapshots: the net cash flow to its investors as of each date,
   * distributed less called (negative while capital is drawn), exact; a gap where either is missing.
   */
  static Map<String, Object> netCashFlow(List<Map<String, Object>> snapshots) {
    List<Object> net = new ArrayList<>();
    for (Map<String, Object> snapshot : snapshots) {
      Object distributed = valueOf(snapshot, "distributed");
      Object called = valueOf(snapshot, "called");
      net.add(distributed == null || called == null ? null
          : new BigDecimal(distributed.toString()).subtract(new BigDecimal(called.toString())).toPlainString());
    }
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("labels", snapshots.stream().map(row -> String.valueOf(row.get("asOf"))).toList());
    chart.put("series", List.of(Map.of("name", "net cash flow (distributed − called)", "values", net)));
    return chart;
  }

  /** A figure at the top of a row or under its {@code figures}. */
  @SuppressWarnings("unchecked")
  private static Object valueOf(Map<String, Object> row, String figure) {
    if (row.containsKey(figure)) {
      return row.get(figure);
    }
    return row.get("figures") instanceof Map<?, ?> figures ? ((Map<String, Object>) figures).get(figure) : null;
  }
}
