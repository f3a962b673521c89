package org.pmdc.hub.performance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pmdc.hub.api.ProblemException;
import org.pmdc.hub.api.RowError;

/**
 * Reads an administrator's benchmark CSV (docs/api.md, "Benchmarks"): one row per provider, cohort
 * (vintage year, strategy, geography) and as-of date with the quartile breakpoints of net IRR and
 * TVPI. Every bad cell is named in one 422 and nothing of the file is stored then.
 */
final class BenchmarkFiles {

  static final List<String> COLUMNS = List.of("provider", "vintage_year", "strategy", "geography", "as_of",
      "cohort_size", "irr_upper_quartile", "irr_median", "irr_lower_quartile", "tvpi_upper_quartile", "tvpi_median",
      "tvpi_lower_quartile");
  private static final List<List<String>> BREAKPOINTS = List.of(
      List.of("irr_upper_quartile", "irr_median", "irr_lower_quartile"),
      List.of("tvpi_upper_quartile", "tvpi_median", "tvpi_lower_quartile"));

  private BenchmarkFiles() {}

  /** The rows, each as the columns' values (numbers as exact text), in file order. */
  static List<Map<String, String>> read(String csv) {
    List<Map<String, String>> rows = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().setTrim(true).get())) {
      List<String> missing = COLUMNS.stream().filter(c -> !parser.getHeaderNames().contains(c)).toList();
      if (!missing.isEmpty()) {
        throw ProblemException.invalid("Not the benchmark layout: the first row must name " + COLUMNS + ".",
            missing.stream().map(c -> new RowError(1, c, null, "column missing")).toList());
      }
      for (CSVRecord record : parser) {
        rows.add(row(record, (int) record.getRecordNumber() + 1, errors));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid("The file has " + errors.size() + " invalid cell(s); nothing of it was stored.",
          errors);
    }
    if (rows.isEmpty()) {
      throw ProblemException.invalid("The file holds no benchmark row.", List.of());
    }
    return rows;
  }

  private static Map<String, String> row(CSVRecord record, int row, List<RowError> errors) {
    Map<String, String> values = new LinkedHashMap<>();
    COLUMNS.forEach(column -> values.put(column, record.get(column).isEmpty() ? null : record.get(column)));
    for (String text : List.of("provider", "strategy", "geography")) {
      check(values.get(text) != null, row, text, null, "required", errors);
    }
    String vintage = values.get("vintage_year");
    check(vintage != null && vintage.matches("\\d{4}"), row, "vintage_year", vintage, "a year such as 2019", errors);
    check(date(values.get("as_of")), row, "as_of", values.get("as_of"), "an ISO 8601 date such as 2025-12-31", errors);
    String cohort = values.get("cohort_size");
    check(cohort == null || cohort.matches("[1-9]\\d{0,5}"), row, "cohort_size", cohort, "a whole number above 0",
        errors);
    for (List<String> breakpoints : BREAKPOINTS) {
      List<BigDecimal> read = new ArrayList<>();
      for (String column : breakpoints) {
        BigDecimal value = decimal(values.get(column));
        check(value != null, row, column, values.get(column), "a decimal (IRR as a fraction: 0.152 is 15.2 %)",
            errors);
        read.add(value);
      }
      if (!read.contains(null)) {
        check(read.get(0).compareTo(read.get(1)) >= 0 && read.get(1).compareTo(read.get(2)) >= 0, row,
            breakpoints.get(1), values.get(breakpoints.get(1)), "the upper quartile, median and lower quartile must not"
                + " rise", errors);
      }
    }
    return values;
  }

  private static boolean date(String text) {
    try {
      return text != null && LocalDate.parse(text) != null;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static BigDecimal decimal(String text) {
    try {
      return text == null ? null : new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void check(boolean ok, int row, String column, String value, String message, List<RowError> errors) {
    if (!ok) {
      errors.add(new RowError(row, column, value, message));
    }
  }
}
