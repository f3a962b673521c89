package org.pmdc.hub.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit, for administrators (the API's {@code audit:read}): the access audit of every API call
 * and console action, filtered by who, what and when and paged; and any submission's trace end to
 * end, found by its id.
 */
@Controller
class AuditPage {

  static final String PAGE = "/console/audit";

  private final HubApi api;

  AuditPage(HubApi api) {
    this.api = api;
  }

  @GetMapping(PAGE)
  String audit(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String actor,
      @RequestParam(required = false) String target,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String cursor, @RequestParam(required = false) String submission, Model model) {
    HubApi.Answer page = api.call(user, "get-audit", ListPages.filters("actor", actor, "target", target,
        "from", ListPages.startOf(from), "to", ListPages.endOf(to), "cursor", cursor));
    model.addAttribute("events", page.rows());
    model.addAttribute("nextCursor", page.document().get("nextCursor"));
    List<String> problems = new ArrayList<>(page.problems());
    if (submission != null && !submission.isBlank()) {
      HubApi.Answer trace = api.call(user, "get-submission-trace", Map.of("id", submission.strip()));
      if (trace.ok()) {
        model.addAttribute("trace", trace.rows());
      } else {
        problems.addAll(trace.problems());
      }
    }
    model.addAttribute("problems", problems);
    return "console/audit";
  }
}
