package org.pmdc.hub.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A user chooses its own password: at the first sign-in (the first password was set by someone
 * else) and whenever it wants to. The current password is asked again, so a session left open
 * cannot be used to take the account over.
 */
@Controller
class PasswordPage {

  private final ConsoleUsers users;
  private final PasswordRules rules;

  PasswordPage(ConsoleUsers users, ConsoleSettings settings) {
    this.users = users;
    this.rules = new PasswordRules(settings.minPasswordLength());
  }

  @GetMapping(SignInGate.PASSWORD_PAGE)
  String form() {
    return "console/password";
  }

  @PostMapping(SignInGate.PASSWORD_PAGE)
  String change(@AuthenticationPrincipal SignedInUser user, @RequestParam String current,
      @RequestParam String password, @RequestParam String repeated, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    String hash = users.find(user.getUsername()).map(SignedInUser::getPassword).orElseThrow();
    List<String> problems = users.passwords().matches(current, hash)
        ? rules.problems(user.getUsername(), password, repeated, current)
        : List.of("The current password is not right.");
    if (!problems.isEmpty()) {
      model.addAttribute("problems", problems);
      response.setStatus(422);
      return "console/password";
    }
    users.changePassword(user.getUsername(), password);
    SessionUser.replace(user.withPasswordChanged(), request, response);
    return "redirect:/console?passwordChanged";
  }
}
