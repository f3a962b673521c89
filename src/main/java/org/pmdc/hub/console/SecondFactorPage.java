package org.pmdc.hub.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.List;
import org.pmdc.hub.database.SqlFiles;
import org.pmdc.hub.security.AccessEvents;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The optional second factor: a user sets up an authenticator app (TOTP) by typing or pasting the
 * key shown and confirming one code; from then on its sign-in asks for a code after the password.
 * Wrong codes count as failed sign-ins (the same lock-out); a code is accepted once. Removing it
 * takes a current code; an administrator may remove it for a user who lost the device.
 */
@Controller
class SecondFactorPage {

  static final String PAGE = "/console/second-factor";
  private static final String ISSUER = "PMDC Exchange Hub";
  /** The key being set up, until a code confirms that the app holds it. */
  private static final String PENDING_KEY = SecondFactorPage.class.getName() + ".pendingKey";

  private final ConsoleUsers users;
  private final AccessEvents events;

  SecondFactorPage(ConsoleUsers users, SqlFiles sql) {
    this.users = users;
    this.events = new AccessEvents(sql);
  }

  @GetMapping(SignInGate.CODE_PAGE)
  String codeForm() {
    return "console/sign-in-code";
  }

  @PostMapping(SignInGate.CODE_PAGE)
  String code(@AuthenticationPrincipal SignedInUser user, @RequestParam String code, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    if (users.acceptCode(user.getUsername(), code)) {
      request.getSession().removeAttribute(SignInGate.CODE_AWAITED);
      users.recordSignIn(user.getUsername());
      SignInOutcomes.audit(events, request, response, user.caller().clientId(), user, "console.second-factor", 200);
      return "redirect:/console";
    }
    SignInOutcomes.audit(events, request, response, user.caller().clientId(), user, "console.second-factor", 401);
    if (users.recordFailedSignIn(user.getUsername()) == ConsoleUsers.FailedSignIn.LOCKED) {
      request.getSession().invalidate();
      SecurityContextHolder.clearContext();
      return "redirect:" + SignInOutcomes.SIGN_IN_PAGE + "?refused=locked";
    }
    model.addAttribute("problems", List.of("That code is not right, or it was used already: give the one your app shows now."));
    response.setStatus(401);
    return "console/sign-in-code";
  }

  @GetMapping(PAGE)
  String status() {
    return "console/second-factor";
  }

  @PostMapping(PAGE + "/start")
  String start(@AuthenticationPrincipal SignedInUser user, HttpSession session, Model model) {
    byte[] key = Totp.newKey();
    session.setAttribute(PENDING_KEY, key);
    return setUp(user, key, model);
  }

  @PostMapping(PAGE + "/confirm")
  String confirm(@AuthenticationPrincipal SignedInUser user, @RequestParam String code, HttpSession session,
      HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes next) {
    if (!(session.getAttribute(PENDING_KEY) instanceof byte[] key)) {
      next.addFlashAttribute("problems", List.of("Start the set-up again: no key is waiting."));
      return "redirect:" + PAGE;
    }
    if (Totp.matchingStep(key, code, Instant.now()).isEmpty()) {
      model.addAttribute("problems", List.of("That code is not the app's for this key: check the app's clock and try the next one."));
      return setUp(user, key, model);
    }
    users.setSecondFactor(user.getUsername(), key);
    session.removeAttribute(PENDING_KEY);
    SessionUser.replace(user.withSecondFactor(true), request, response);
    next.addFlashAttribute("done", "Your second factor is set up: the next sign-in asks for a code of your app.");
    return "redirect:" + PAGE;
  }

  @PostMapping(PAGE + "/remove")
  String remove(@AuthenticationPrincipal SignedInUser user, @RequestParam String code, HttpServletRequest request,
      HttpServletResponse response, RedirectAttributes next) {
    if (!users.acceptCode(user.getUsername(), code)) {
      next.addFlashAttribute("problems", List.of("That code is not right, or it was used already."));
      return "redirect:" + PAGE;
    }
    users.setSecondFactor(user.getUsername(), null);
    SessionUser.replace(user.withSecondFactor(false), request, response);
    next.addFlashAttribute("done", "Your second factor is removed: sign-in asks for the password only.");
    return "redirect:" + PAGE;
  }

  private static String setUp(SignedInUser user, byte[] key, Model model) {
    model.addAttribute("key", Totp.base32(key).replaceAll("(.{4})", "$1 ").strip());
    model.addAttribute("uri", Totp.uri(ISSUER, user.getUsername(), key));
    return "console/second-factor";
  }
}
