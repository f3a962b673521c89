package org.pmdc.hub.console;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Publishers, subscribers and funds, with their API clients and console users: an administrator
 * registers one, approves it (the client secret is shown on the answer page once, never kept in
 * the session), revokes or restores its client, suspends or resumes a subscriber's deliveries.
 * Every change is the admin API's operation.
 */
@Controller
class ParticipantsPage {

  static final String PAGE = "/console/participants";

  private final HubApi api;
  private final ConsoleUsers users;

  ParticipantsPage(HubApi api, ConsoleUsers users) {
    this.api = api;
    this.users = users;
  }

  @GetMapping(PAGE)
  String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String q, Model model) {
    model.addAttribute("q", q);
    model.addAttribute("publishers", ListPages.narrowed(api.call(user, "get-publishers", Map.of()).rows(), q, "code", "name"));
    model.addAttribute("subscribers", ListPages.narrowed(api.call(user, "get-subscribers", Map.of()).rows(), q, "code", "name"));
    model.addAttribute("funds", ListPages.narrowed(api.call(user, "get-funds", Map.of()).rows(), q, "publisher", "code", "name"));
    model.addAttribute("clients", byParticipant(api.call(user, "get-clients", Map.of()).rows()));
    model.addAttribute("users", byParticipant(users.list()));
    return "console/participants";
  }

  /** The page searched for what a form changed, so the person sees it. */
  private static String showing(String code) {
    return UriComponentsBuilder.fromPath(PAGE).queryParam("q", code).toUriString();
  }

  /** Rows of clients or users by "role:participant" (a publisher and a subscriber may share a code). */
  private static Map<String, List<Map<String, Object>>> byParticipant(List<Map<String, Object>> rows) {
    return rows.stream().filter(row -> row.get("participant") != null)
        .collect(Collectors.groupingBy(row -> row.get("role") + ":" + row.get("participant")));
  }

  @PostMapping(PAGE + "/{role:publisher|subscriber}")
  String register(@AuthenticationPrincipal SignedInUser user, @PathVariable String role, @RequestParam String code,
      @RequestParam String name, @RequestParam String kind, RedirectAttributes next) {
    HubApi.Answer answer = api.send(user, "post-" + role, Map.of(), Map.of("code", code, "name", name, "kind", kind));
    return FormOutcome.redirect(answer, "The " + role + " " + code + " is registered and waits for approval.", showing(code), next);
  }

  /** Answered with a page, not a redirect: the secret it shows must not be kept anywhere. */
  @PostMapping(PAGE + "/{role:publisher|subscriber}/{code}/approve")
  String approve(@AuthenticationPrincipal SignedInUser user, @PathVariable String role, @PathVariable String code,
      Model model) {
    HubApi.Answer answer = api.call(user, "post-" + role + "-approval", Map.of("code", code));
    if (answer.ok()) {
      model.addAttribute("approval", answer.document());
      model.addAttribute("done", "The " + role + " " + code + " is active.");
    } else {
      model.addAttribute("problems", answer.problems());
    }
    return list(user, code, model);
  }

  @PostMapping(PAGE + "/funds")
  String registerFund(@AuthenticationPrincipal SignedInUser user, @RequestParam String publisher,
      @RequestParam String code, @RequestParam String name, @RequestParam String currency, RedirectAttributes next) {
    HubApi.Answer answer = api.send(user, "post-fund", Map.of(),
        Map.of("publisher", publisher, "code", code, "name", name, "currency", currency));
    return FormOutcome.redirect(answer, "The fund " + code + " of " + publisher + " is registered.", showing(publisher), next);
  }

  @PostMapping(PAGE + "/clients/{clientId}/{status:active|revoked}")
  String clientStatus(@AuthenticationPrincipal SignedInUser user, @PathVariable String clientId,
      @PathVariable String status, RedirectAttributes next) {
    HubApi.Answer answer = api.send(user, "patch-client", Map.of("clientId", clientId), Map.of("status", status));
    return FormOutcome.redirect(answer, "The client " + clientId
        + (status.equals("revoked") ? " is revoked: its tokens stop working at once." : " is active again."), PAGE, next);
  }

  @PostMapping(PAGE + "/subscriber/{code}/{status:active|suspended}")
  String subscriberStatus(@AuthenticationPrincipal SignedInUser user, @PathVariable String code,
      @PathVariable String status, RedirectAttributes next) {
    HubApi.Answer answer = api.send(user, "patch-subscriber", Map.of("code", code), Map.of("status", status));
    return FormOutcome.redirect(answer, "The subscriptions of " + code
        + (status.equals("suspended") ? " are suspended: their deliveries wait." : " are active again."), showing(code),
        next);
  }
}
