package org.pmdc.hub.fx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The answers of a Frankfurter-compatible API, read exactly (rates as the decimals written, never
 * through a double): one day ({@code {"base", "date", "rates": {"USD": 1.0815}}}) or a range
 * ({@code {"base", "start_date", "end_date", "rates": {"2025-03-31": {...}}}}).
 */
final class FrankfurterAnswers {

  private static final ObjectReader EXACT = new ObjectMapper()
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true)) // 1.55330 stays 1.55330
      .reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private FrankfurterAnswers() {}

  static List<PublishedRate> json(String answer) {
    try {
      JsonNode root = EXACT.readTree(answer);
      String base = root == null ? "" : root.path("base").asText();
      JsonNode rates = root == null ? null : root.get("rates");
      if (base.isEmpty() || rates == null || !rates.isObject()) {
        throw new IllegalArgumentException("not a Frankfurter answer: it has no base or no rates");
      }
      List<PublishedRate> read = new ArrayList<>();
      if (root.has("date")) {
        add(read, LocalDate.parse(root.get("date").asText()), base, rates);
      } else {
        for (Map.Entry<String, JsonNode> day : rates.properties()) {
          add(read, LocalDate.parse(day.getKey()), base, day.getValue());
        }
      }
      return read;
    } catch (JsonProcessingException | DateTimeParseException e) {
      throw new IllegalArgumentException("not a Frankfurter answer: " + e.getMessage(), e);
    }
  }

  private static void add(List<PublishedRate> read, LocalDate day, String base, JsonNode rates) {
    for (Map.Entry<String, JsonNode> rate : rates.properties()) {
      if (!rate.getValue().isNumber() || rate.getValue().decimalValue().signum() <= 0) {
        throw new IllegalArgumentException("the rate of " + rate.getKey() + " on " + day + " is not a positive number");
      }
      read.add(new PublishedRate(day, base, rate.getKey(), rate.getValue().decimalValue()));
    }
  }
}
