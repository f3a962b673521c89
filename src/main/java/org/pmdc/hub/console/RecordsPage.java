package org.pmdc.hub.console;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pmdc.hub.delivery.PullRequests;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A subscriber user's records, through the LP pull API and so its entitlement: each collection
 * filtered and paged, exportable as CSV, and one record with the lines of the investors the
 * subscriber represents and no others. Another subscriber's record, opened by its URL, is not
 * found, as in the API.
 */
@Controller
class RecordsPage {

  static final String PAGE = "/console/records";

  /** The LP API's collections, each with its name as a person reads it ("capital-calls": "Capital calls"). */
  static final Map<String, String> COLLECTIONS = collections();

  private static final List<String> EXPORT_COLUMNS = List.of("id", "version", "amendment", "storedAt", "fundId",
      "noticeReference", "currency", "lineCount");

  private final HubApi api;

  RecordsPage(HubApi api) {
    this.api = api;
  }

  private static Map<String, String> collections() {
    Map<String, String> collections = new LinkedHashMap<>();
    PullRequests.collections().keySet().forEach(collection -> collections.put(collection,
        Character.toUpperCase(collection.charAt(0)) + collection.substring(1).replace('-', ' ')));
    return collections;
  }

  /** The collection of a record type's records (for a link to one). */
  static String collectionOf(String recordType) {
    return PullRequests.collections().entrySet().stream().filter(e -> e.getValue().code().equals(recordType))
        .map(Map.Entry::getKey).findFirst().orElseThrow();
  }

  @GetMapping({PAGE, PAGE + "/{collection}"})
  String list(@AuthenticationPrincipal SignedInUser user, @PathVariable(required = false) String collection,
      @RequestParam(required = false) String fund,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String cursor, Model model) {
    String shown = collection == null ? "capital-calls" : known(collection);
    HubApi.Answer page = api.call(user, "get-lp-records", query(shown, fund, from, to, cursor, null));
    model.addAttribute("collections", COLLECTIONS);
    model.addAttribute("collection", shown);
    model.addAttribute("records", page.rows());
    model.addAttribute("nextCursor", page.document().get("nextCursor"));
    model.addAttribute("problems", page.problems());
    return "console/records";
  }

  @GetMapping(PAGE + "/{collection}/export.csv")
  String export(@AuthenticationPrincipal SignedInUser user, @PathVariable String collection,
      @RequestParam(required = false) String fund,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      HttpServletResponse response, Model model) throws IOException {
    String shown = known(collection);
    boolean exported = ListPages.exportCsv(response, shown + ".csv", EXPORT_COLUMNS,
        cursor -> api.call(user, "get-lp-records", query(shown, fund, from, to, cursor, ListPages.EXPORT_PAGE)));
    return exported ? null : list(user, shown, fund, from, to, null, model);
  }

  @GetMapping(PAGE + "/{collection}/{id}")
  String record(@AuthenticationPrincipal SignedInUser user, @PathVariable String collection, @PathVariable String id,
      Model model) {
    HubApi.Answer record = api.call(user, "get-lp-record", Map.of("collection", known(collection), "id", id));
    if (!record.ok()) {
      throw new ConsolePages.NotFound();
    }
    model.addAttribute("collections", COLLECTIONS);
    model.addAttribute("collection", collection);
    model.addAttribute("record", record.document());
    model.addAttribute("fields", scalarFields(record.document()));
    model.addAttribute("lines", lines(record.document()));
    return "console/record";
  }

  private static String known(String collection) {
    if (!COLLECTIONS.containsKey(collection)) {
      throw new ConsolePages.NotFound();
    }
    return collection;
  }

  /** The record's own fields (not its lines and nested totals), in the order the API gives them. */
  private static Map<String, Object> scalarFields(Map<String, Object> record) {
    Map<String, Object> fields = new LinkedHashMap<>();
    record.forEach((name, value) -> {
      if (!(value instanceof List<?>) && !(value instanceof Map<?, ?>)) {
        fields.put(name, value);
      }
    });
    return fields;
  }

  /**
   * The record's lines (allocations, investor lines, holdings: whichever list of objects it has)
   * with the columns they use, in first-seen order.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> lines(Map<String, Object> record) {
    for (Map.Entry<String, Object> field : record.entrySet()) {
      if (field.getValue() instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?>) {
        Set<String> columns = new LinkedHashSet<>();
        list.forEach(line -> columns.addAll(((Map<String, Object>) line).keySet()));
        return Map.of("name", field.getKey(), "columns", new ArrayList<>(columns), "rows", list);
      }
    }
    return null;
  }

  private static Map<String, Object> query(String collection, String fund, LocalDate from, LocalDate to,
      String cursor, Integer limit) {
    return ListPages.filters("collection", collection, "fund", fund, "from", from, "to", to, "cursor", cursor,
        "limit", limit);
  }
}
