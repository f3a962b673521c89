package org.pmdc.hub.console;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A publisher's submissions (staff: every publisher's): the history, filtered and paged as the API pages it and exportable
 * as CSV; and one submission's journey, live: its status, each record it stored or rejected with
 * the row errors, the raw file as received, each stored line with the source row it came from,
 * each delivery to each LP on each channel with the lines it carried, and every step of its audit
 * trail. The
 * journey refreshes itself (htmx, every two seconds) until nothing about it can change any more.
 */
@Controller
class SubmissionsPage {

  static final String PAGE = "/console/submissions";

  /** A submission's journey can still move while it is in one of these, or a delivery is pending. */
  private static final Set<String> MOVING = Set.of("received", "processing", "awaiting_translation");
  /** The lines of each record the journey shows (the API's lineCount says how many there are). */
  private static final String LINES_SHOWN = "50";
  private static final List<String> EXPORT_COLUMNS = List.of("id", "publisher", "status", "channel", "fileName", "contentType",
      "receivedAt", "completedAt", "rowCount", "errorCount");

  private final HubApi api;

  SubmissionsPage(HubApi api) {
    this.api = api;
  }

  @GetMapping(PAGE)
  String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String publisher,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String cursor, Model model) {
    HubApi.Answer page = api.call(user, "get-submissions", query(publisher, status, from, to, cursor, null));
    model.addAttribute("submissions", page.rows());
    model.addAttribute("nextCursor", page.document().get("nextCursor"));
    model.addAttribute("problems", page.problems());
    return "console/submissions";
  }

  @GetMapping(PAGE + "/export.csv")
  String export(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String publisher,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      HttpServletResponse response, Model model) throws IOException {
    boolean exported = ListPages.exportCsv(response, "submissions.csv", EXPORT_COLUMNS,
        cursor -> api.call(user, "get-submissions", query(publisher, status, from, to, cursor, ListPages.EXPORT_PAGE)));
    return exported ? null : list(user, publisher, status, from, to, null, model);
  }

  @GetMapping(PAGE + "/{id}")
  String journey(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model) {
    journeyOf(user, id, model);
    return "console/journey";
  }

  /** The journey alone, for the page's own refresh. */
  @GetMapping(PAGE + "/{id}/progress")
  String progress(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model) {
    journeyOf(user, id, model);
    return "console/journey :: journey";
  }

  private void journeyOf(SignedInUser user, String id, Model model) {
    HubApi.Answer submission = api.call(user, "get-submission", Map.of("id", id));
    if (submission.status() == 404) {
      throw new ConsolePages.NotFound();
    }
    Map<String, Object> document = submission.document();
    model.addAttribute("submission", document);
    model.addAttribute("events", api.call(user, "get-submission-events", Map.of("id", id)).rows());
    List<Map<String, Object>> records = api.call(user, "get-submission-records", Map.of("id", id, "lines", LINES_SHOWN)).rows();
    model.addAttribute("records", records);
    model.addAttribute("received", DeliveredLines.of(records, JourneyStages.deliveries(document)));
    model.addAttribute("stages", JourneyStages.of(document));
    model.addAttribute("moving", isMoving(document));
  }

  /** The submission's bytes exactly as received, as a download. */
  @GetMapping(PAGE + "/{id}/content")
  void content(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, HttpServletResponse response)
      throws IOException {
    if (!api.download(user, "get-submission-content", Map.of("id", id), response).ok()) {
      throw new ConsolePages.NotFound();
    }
  }

  static boolean isMoving(Map<String, Object> submission) {
    return MOVING.contains(submission.get("status"))
        || JourneyStages.deliveries(submission).stream().anyMatch(d -> "pending".equals(d.get("status")));
  }


  private static Map<String, Object> query(String publisher, String status, LocalDate from, LocalDate to,
      String cursor, Integer limit) {
    return ListPages.filters("publisher", publisher, "status", status, "receivedFrom", ListPages.startOf(from),
        "receivedBefore", ListPages.endOf(to), "cursor", cursor, "limit", limit);
  }
}
