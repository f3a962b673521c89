package org.pmdc.hub.performance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.pmdc.hub.security.Callers;
import org.springframework.stereotype.Component;

/**
 * Seed 004's benchmarks: an administrator's import of benchmark rows, and each fund placed against
 * the rows of its vintage year, strategy and geography (docs/metrics.md, "Benchmarks").
 */
@Component("benchmarks")
public class Benchmarks {

  private final ObjectMapper json;
  private final Callers callers;

  Benchmarks(ObjectMapper json, Callers callers) {
    this.json = json;
    this.callers = callers;
  }

  /** {@code POST /benchmarks/import}: the file's rows for {@code import-benchmarks.sql}; 422 naming each bad cell. */
  public Map<String, Object> importFile(Exchange exchange) throws JsonProcessingException {
    String actor = callers.actor(exchange);
    byte[] file = exchange.getMessage().getBody(byte[].class);
    List<Map<String, String>> rows = BenchmarkFiles.read(new String(file, StandardCharsets.UTF_8));
    return Map.of("rows", json.writeValueAsString(rows), "actor", actor);
  }

  /** {@code GET /dashboards/fund-performance/benchmarks}: a page of funds, each placed against its cohort's rows. */
  public String placed(List<Map<String, Object>> funds, Map<String, Object> request) throws JsonProcessingException {
    List<Map<String, Object>> items = funds.stream().map(this::fund).toList();
    boolean more = funds.size() == ((Number) request.get("limit")).intValue();
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("items", items);
    page.put("nextCursor", more ? String.valueOf(funds.get(funds.size() - 1).get("id")) : null);
    return json.writeValueAsString(page);
  }

  private Map<String, Object> fund(Map<String, Object> row) {
    Map<String, Object> fund = new LinkedHashMap<>();
    fund.put("publisher", row.get("publisher"));
    fund.put("fund", row.get("fund"));
    fund.put("asOf", String.valueOf(row.get("as_of")));
    fund.put("vintageYear", row.get("vintage_year"));
    fund.put("strategy", row.get("strategy"));
    fund.put("geography", row.get("geography"));
    fund.put("irr", row.get("irr"));
    fund.put("tvpi", row.get("tvpi"));
    List<Map<String, Object>> placed = new ArrayList<>();
    for (JsonNode benchmark : read((String) row.get("benchmarks"))) {
      Map<String, Object> against = new LinkedHashMap<>();
      against.put("provider", benchmark.get("provider").asText());
      against.put("asOf", benchmark.get("asOf").asText());
      against.put("cohortSize", benchmark.get("cohortSize").isNull() ? null : benchmark.get("cohortSize").asInt());
      against.put("irr", place(benchmark.get("irr"), (String) row.get("irr"), (String) row.get("irr_reason")));
      against.put("tvpi", place(benchmark.get("tvpi"), (String) row.get("tvpi"), (String) row.get("tvpi_reason")));
      placed.add(against);
    }
    fund.put("benchmarks", placed);
    fund.put("benchmarksNotAvailable", !placed.isEmpty() ? null : row.get("vintage_year") == null
        || row.get("strategy") == null || row.get("geography") == null
        ? "the fund's vintage year, strategy and geography are needed to find its cohort"
        : "no benchmark row for the fund's cohort on or before " + row.get("as_of"));
    return fund;
  }

  private static Map<String, Object> place(JsonNode breakpoints, String value, String reason) {
    return BenchmarkPlacement.place(value, reason, breakpoints.get(0).asText(), breakpoints.get(1).asText(),
        breakpoints.get(2).asText());
  }

  private JsonNode read(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the database returned JSON that does not parse", e);
    }
  }
}
