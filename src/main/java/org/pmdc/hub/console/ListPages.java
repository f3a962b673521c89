package org.pmdc.hub.console;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * What the console's list pages share: filters from a form, as the API's query parameters; a
 * page of an API list (cursor paged, as the API pages) and the whole list as CSV, read page by page
 * so an export of any length holds one page in memory; a list the API gives whole, searched and
 * cut to a page.
 */
final class ListPages {

  /** The API's largest page, for exports. */
  static final int EXPORT_PAGE = 500;

  /** How many rows of a list the API gives whole (participants, subscriptions) a page shows. */
  static final int SHOWN = 50;

  /** The rows a page shows of a whole list, and how many matched the search. */
  record Narrowed(List<Map<String, Object>> rows, int matching) {

    /** Whether more matched than are shown. Public for the templates. */
    public boolean cut() {
      return matching > rows.size();
    }
  }

  private ListPages() {}

  /**
   * A list the API gives whole, narrowed to the rows one of whose fields contains the search (any
   * case; no search: all) and cut to the first {@link #SHOWN}.
   */
  static Narrowed narrowed(List<Map<String, Object>> rows, String search, String... fields) {
    String wanted = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    List<Map<String, Object>> matching = rows.stream().filter(row -> wanted.isEmpty() || Arrays.stream(fields)
        .anyMatch(field -> String.valueOf(row.get(field)).toLowerCase(Locale.ROOT).contains(wanted))).toList();
    return new Narrowed(matching.subList(0, Math.min(SHOWN, matching.size())), matching.size());
  }

  /** A date from a date field as the start of that day (UTC) for a {@code ...From} parameter, or null. */
  static String startOf(LocalDate date) {
    return date == null ? null : date + "T00:00:00Z";
  }

  /** The day after {@code date} at midnight (UTC), for an inclusive "to" date as a {@code ...Before} parameter. */
  static String endOf(LocalDate date) {
    return date == null ? null : date.plusDays(1) + "T00:00:00Z";
  }

  /** The filters given, as the API's query parameters (text), without the empty ones. */
  static Map<String, Object> filters(Object... namesAndValues) {
    Map<String, Object> filters = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      if (value != null && !value.toString().isBlank()) {
        filters.put((String) namesAndValues[i], value.toString());
      }
    }
    return filters;
  }

  /**
   * Every row of a cursor-paged list as CSV: {@code page} answers the page after a cursor (null:
   * the first); the columns are the rows' fields of those names. The first page is read before
   * anything is written, so a refused filter is answered as a page, not as a broken file.
   */
  static boolean exportCsv(HttpServletResponse response, String fileName, List<String> columns,
      Function<String, HubApi.Answer> page) throws IOException {
    HubApi.Answer answer = page.apply(null);
    if (!answer.ok()) {
      return false;
    }
    response.setContentType("text/csv; charset=utf-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    try (CSVPrinter csv = new CSVPrinter(response.getWriter(),
        CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get())) {
      while (true) {
        for (Map<String, Object> row : answer.rows()) {
          csv.printRecord(columns.stream().map(row::get).toList());
        }
        Object next = answer.document().get("nextCursor");
        if (next == null) {
          return true;
        }
        answer = page.apply(next.toString());
        if (!answer.ok()) {
          throw new IllegalStateException("A later page of the export was refused: " + answer.problems());
        }
      }
    }
  }
}
