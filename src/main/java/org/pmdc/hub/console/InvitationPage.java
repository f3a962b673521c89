package org.pmdc.hub.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.pmdc.hub.database.SqlFiles;
import org.pmdc.hub.security.AccessEvents;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person invited by a one-time link chooses its password there, before any sign-in; the link
 * then stops working. A link that is used, expired or whose user is disabled answers 410 and says
 * to ask for a new one. Choosing the password is in the access audit ({@code console.invitation}).
 */
@Controller
class InvitationPage {

  static final String PAGE = "/console/invitation";

  private final ConsoleUsers users;
  private final PasswordRules rules;
  private final AccessEvents events;

  InvitationPage(ConsoleUsers users, ConsoleSettings settings, SqlFiles sql) {
    this.users = users;
    this.rules = new PasswordRules(settings.minPasswordLength());
    this.events = new AccessEvents(sql);
  }

  @GetMapping(PAGE + "/{token}")
  String form(@PathVariable String token, Model model, HttpServletResponse response) {
    return page(token, users.invited(token), model, response);
  }

  @PostMapping(PAGE + "/{token}")
  String choose(@PathVariable String token, @RequestParam String password, @RequestParam String repeated, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    Optional<String> invited = users.invited(token);
    if (invited.isEmpty()) {
      return page(token, invited, model, response);
    }
    List<String> problems = rules.problems(invited.get(), password, repeated, null);
    if (!problems.isEmpty()) {
      model.addAttribute("problems", problems);
      response.setStatus(422);
      return page(token, invited, model, response);
    }
    // Empty when the link was used or expired since it was looked up.
    Optional<String> accepted = users.acceptInvitation(token, password);
    if (accepted.isEmpty()) {
      return page(token, accepted, model, response);
    }
    SignInOutcomes.audit(events, request, response, "user:" + accepted.get(), null, "console.invitation", 200);
    return "redirect:" + SignInOutcomes.SIGN_IN_PAGE + "?invited";
  }

  /** The form for the invited user, or (410) the page saying the link no longer works. */
  private static String page(String token, Optional<String> invited, Model model, HttpServletResponse response) {
    if (invited.isEmpty()) {
      response.setStatus(410);
    }
    model.addAttribute("token", token);
    model.addAttribute("invitedUsername", invited.orElse(null));
    return "console/invitation";
  }
}
