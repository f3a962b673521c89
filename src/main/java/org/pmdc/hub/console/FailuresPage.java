package org.pmdc.hub.console;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What went wrong, for staff: dead deliveries with their last error (replay one, all of them, or
 * a subscriber's deliveries queued in a period) and the latest rejected, quarantined and failed
 * submissions, each a link to its journey with the row errors (a failed one may be re-run). Every
 * action is the API's operation.
 */
@Controller
class FailuresPage {

  static final String PAGE = "/console/failures";
  private static final List<String> FAILED_SUBMISSIONS = List.of("rejected", "quarantined", "failed");
  private static final int LATEST = 10;

  private final HubApi api;

  FailuresPage(HubApi api) {
    this.api = api;
  }

  @GetMapping(PAGE)
  String failures(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String subscriber,
      @RequestParam(required = false) String cursor, Model model) {
    HubApi.Answer dead = api.call(user, "get-deliveries",
        ListPages.filters("status", "dead", "subscriber", subscriber, "cursor", cursor));
    model.addAttribute("dead", dead.rows());
    model.addAttribute("nextCursor", dead.document().get("nextCursor"));
    model.addAttribute("problems", dead.problems());
    Map<String, List<Map<String, Object>>> submissions = new LinkedHashMap<>();
    for (String status : FAILED_SUBMISSIONS) {
      submissions.put(status, api.call(user, "get-submissions", ListPages.filters("status", status, "limit", LATEST)).rows());
    }
    model.addAttribute("submissions", submissions);
    return "console/failures";
  }

  @PostMapping(PAGE + "/deliveries/{id}/replay")
  String replayOne(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, RedirectAttributes next) {
    HubApi.Answer answer = api.call(user, "post-delivery-replay", Map.of("id", id));
    return FormOutcome.redirect(answer, "Delivery " + id + " is sent back to its stream.", PAGE, next);
  }

  @PostMapping(PAGE + "/deliveries/replay-dead")
  String replayDead(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String subscriber,
      RedirectAttributes next) {
    HubApi.Answer answer = api.send(user, "post-deliveries-replay", Map.of(),
        ListPages.filters("status", "dead", "subscriber", subscriber));
    return FormOutcome.redirect(answer, replayed(answer) + " dead deliveries are sent back to their streams.", PAGE, next);
  }

  @PostMapping(PAGE + "/deliveries/replay-period")
  String replayPeriod(@AuthenticationPrincipal SignedInUser user, @RequestParam String subscriber,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, RedirectAttributes next) {
    HubApi.Answer answer = api.send(user, "post-deliveries-replay", Map.of(),
        ListPages.filters("subscriber", subscriber, "from", ListPages.startOf(from), "to", ListPages.endOf(to)));
    return FormOutcome.redirect(answer, replayed(answer) + " deliveries of " + subscriber + " queued from " + from
        + " to " + to + " are sent again.", PAGE, next);
  }

  @PostMapping(PAGE + "/submissions/{id}/rerun")
  String rerun(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, RedirectAttributes next) {
    HubApi.Answer answer = api.call(user, "post-submission-rerun", Map.of("id", id));
    return FormOutcome.redirect(answer, "Submission " + id + " is processed again.", SubmissionsPage.PAGE + "/" + id, next);
  }

  private static Object replayed(HubApi.Answer answer) {
    return answer.document().get("replayed");
  }
}
