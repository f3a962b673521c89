package org.pmdc.hub.console;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pmdc.hub.canonical.RecordType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Subscriptions link a subscriber to a publisher: the funds and record types it receives, the
 * investors it represents (only their lines leave the hub for it) and its delivery channels. An
 * administrator creates one, suspends or resumes it, replaces a channel's settings; a webhook's
 * signing secret is shown on the answer page once. Every change is the admin API's operation.
 */
@Controller
class SubscriptionsPage {

  static final String PAGE = "/console/subscriptions";

  /** A channel's settings as the API names them; the form's fields are these, prefixed {@code channel.}. */
  private static final List<String> CHANNEL_FIELDS = List.of("type", "url", "brokers", "topic", "host", "port",
      "username", "password", "knownHosts", "hostKeyCheck", "directory", "format");

  private final HubApi api;

  SubscriptionsPage(HubApi api) {
    this.api = api;
  }

  @GetMapping(PAGE)
  String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String q, Model model) {
    model.addAttribute("q", q);
    model.addAttribute("subscriptions", ListPages.narrowed(api.call(user, "get-subscriptions", Map.of()).rows(), q,
        "publisher", "subscriber"));
    model.addAttribute("recordTypes", Arrays.stream(RecordType.values()).filter(type -> !type.isComputed() && type.isDeliverable())
        .map(RecordType::code).toList());
    return "console/subscriptions";
  }

  /** Answered with a page, not a redirect: a webhook's signing secret is in this answer only. */
  @PostMapping(PAGE)
  String create(@AuthenticationPrincipal SignedInUser user, @RequestParam String publisher,
      @RequestParam String subscriber, @RequestParam(defaultValue = "") String funds,
      @RequestParam(required = false) List<String> recordTypes, @RequestParam String investors,
      @RequestParam Map<String, String> form, Model model) {
    Map<String, Object> subscription = new LinkedHashMap<>();
    subscription.put("publisher", publisher);
    subscription.put("subscriber", subscriber);
    subscription.put("funds", codes(funds));
    subscription.put("recordTypes", recordTypes == null ? List.of() : recordTypes);
    subscription.put("investors", investors.strip().equals("all") ? "all" : codes(investors));
    subscription.put("channels", List.of(channel(form)));
    HubApi.Answer answer = api.send(user, "post-subscription", Map.of(), subscription);
    if (answer.ok()) {
      model.addAttribute("created", answer.document());
      model.addAttribute("done", "Subscription " + answer.document().get("id") + " is created: " + subscriber
          + " receives " + publisher + "'s records from now on.");
    } else {
      model.addAttribute("problems", answer.problems());
    }
    return list(user, subscriber, model);
  }

  @PostMapping(PAGE + "/{id}/{status:active|suspended}")
  String status(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable String status,
      RedirectAttributes next) {
    HubApi.Answer answer = api.send(user, "patch-subscription", Map.of("id", id), Map.of("status", status));
    return FormOutcome.redirect(answer, "Subscription " + id
        + (status.equals("suspended") ? " is suspended: its deliveries wait." : " is active: its deliveries go out."),
        PAGE, next);
  }

  /** Answered with a page: a replaced webhook shows its signing secret once. */
  @PostMapping(PAGE + "/{id}/channels/{channelId}")
  String replaceChannel(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
      @PathVariable String channelId, @RequestParam Map<String, String> form, Model model) {
    HubApi.Answer answer = api.send(user, "put-subscription-channel", Map.of("id", id, "channelId", channelId),
        channel(form));
    if (answer.ok()) {
      model.addAttribute("replaced", answer.document());
      model.addAttribute("done", "The channel of subscription " + id + " is replaced; pending deliveries use it next.");
    } else {
      model.addAttribute("problems", answer.problems());
    }
    return list(user, null, model);
  }

  /** The channel's filled-in fields (an empty field is one not given, so the API's default holds). */
  private static Map<String, Object> channel(Map<String, String> form) {
    Map<String, Object> channel = new LinkedHashMap<>();
    for (String field : CHANNEL_FIELDS) {
      String value = form.get("channel." + field);
      if (value != null && !value.isBlank()) {
        channel.put(field, field.equals("port") && value.strip().matches("\\d{1,5}") ? Integer.valueOf(value.strip())
            : value.strip());
      }
    }
    return channel;
  }

  private static List<String> codes(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(code -> !code.isEmpty()).toList();
  }
}
