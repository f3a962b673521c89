package org.pmdc.hub.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pmdc.hub.database.SqlFiles;
import org.pmdc.hub.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The console's users: staff see them, an administrator creates one with a first password (which
 * the user must change at its first sign-in) or invites it by a one-time link (shown to the
 * administrator once, to send), gives a new first password or link, disables or enables one
 * (enabling also lifts a lock-out), removes the second factor of one who lost its device. A
 * publisher or subscriber user acts for one participant.
 */
@Controller
class UsersPage {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

  private final ConsoleUsers users;
  private final SqlFiles sql;
  private final PasswordRules rules;
  private final Duration invitationTtl;

  UsersPage(ConsoleUsers users, SqlFiles sql, ConsoleSettings settings) {
    this.users = users;
    this.sql = sql;
    this.rules = new PasswordRules(settings.minPasswordLength());
    this.invitationTtl = settings.invitationTtl();
  }

  @GetMapping("/console/users")
  String list(Model model) {
    model.addAttribute("users", users.list());
    model.addAttribute("roles", Role.values());
    model.addAttribute("invitationHours", invitationTtl.toHours());
    model.addAttribute("participants", sql.statement("console/participants.sql").query().listOfRows());
    return "console/users";
  }

  @PostMapping("/console/users")
  String create(@AuthenticationPrincipal SignedInUser admin, @RequestParam String username,
      @RequestParam String displayName, @RequestParam String role, @RequestParam(required = false) String participant,
      @RequestParam(defaultValue = "") String firstPassword, Model model, RedirectAttributes next) {
    List<String> problems = new ArrayList<>();
    Role chosen = roleOf(role, problems);
    if (!USERNAME.matcher(username).matches()) {
      problems.add("A username is 2 to 100 characters: lower-case letters, digits and . _ @ -, starting with a letter or digit.");
    }
    if (displayName.isBlank()) {
      problems.add("Give the user's name as colleagues know it.");
    }
    String actsFor = participant == null || participant.isBlank() ? null : participant;
    if (chosen != null) {
      checkParticipant(chosen, actsFor, problems);
    }
    boolean invited = firstPassword.isEmpty();
    if (!invited) {
      problems.addAll(rules.problems(username, firstPassword, firstPassword, null));
    }
    if (!problems.isEmpty()) {
      model.addAttribute("problems", problems);
      return list(model);
    }
    ConsoleUsers.NewUser user = new ConsoleUsers.NewUser(username, displayName.strip(), chosen, actsFor,
        invited ? null : firstPassword);
    String by = admin.caller().clientId();
    if (invited) {
      Optional<String> invitation = users.createInvited(user, by);
      if (invitation.isPresent()) {
        showInvitation(username, invitation.get(), next);
        return "redirect:/console/users";
      }
    } else if (users.create(user, by)) {
      next.addFlashAttribute("done", "User " + username + " created. Give them the first password by a separate channel;"
          + " they choose their own at the first sign-in.");
      return "redirect:/console/users";
    }
    model.addAttribute("problems", List.of("There is already a user " + username + "."));
    return list(model);
  }

  /** A new one-time link for a user who forgot its password or lost its link; the previous link stops working. */
  @PostMapping("/console/users/{username}/invitation")
  String invite(@PathVariable String username, RedirectAttributes next) {
    users.invite(username).ifPresentOrElse(token -> showInvitation(username, token, next), () -> next.addFlashAttribute(
        "problems", List.of("There is no user " + username + " who signs in with a password here.")));
    return "redirect:/console/users";
  }

  /** The link, shown to the administrator this once (only its hash is kept), to send to the user. */
  private void showInvitation(String username, String token, RedirectAttributes next) {
    next.addFlashAttribute("invitationUser", username);
    next.addFlashAttribute("invitationLink",
        ServletUriComponentsBuilder.fromCurrentContextPath().path(InvitationPage.PAGE + "/" + token).toUriString());
  }

  @PostMapping("/console/users/{username}/disable")
  String disable(@PathVariable String username, RedirectAttributes next) {
    return statusChanged(username, false, next);
  }

  @PostMapping("/console/users/{username}/enable")
  String enable(@PathVariable String username, RedirectAttributes next) {
    return statusChanged(username, true, next);
  }

  @PostMapping("/console/users/{username}/password")
  String resetPassword(@PathVariable String username, @RequestParam String firstPassword, RedirectAttributes next) {
    List<String> problems = rules.problems(username, firstPassword, firstPassword, null);
    if (problems.isEmpty() && users.resetPassword(username, firstPassword)) {
      next.addFlashAttribute("done", "User " + username + " has a new first password, to change at the next sign-in.");
    } else {
      next.addFlashAttribute("problems", problems.isEmpty()
          ? List.of("There is no user " + username + " who signs in with a password here.") : problems);
    }
    return "redirect:/console/users";
  }

  /** For a user who lost its authenticator: it signs in with its password alone until it sets one up again. */
  @PostMapping("/console/users/{username}/second-factor/remove")
  String removeSecondFactor(@PathVariable String username, RedirectAttributes next) {
    if (users.find(username).isPresent()) {
      users.setSecondFactor(username, null);
      next.addFlashAttribute("done", "User " + username + " signs in with its password alone until it sets up a second factor again.");
    } else {
      next.addFlashAttribute("problems", List.of("There is no user " + username + "."));
    }
    return "redirect:/console/users";
  }

  private String statusChanged(String username, boolean enabled, RedirectAttributes next) {
    if (users.setEnabled(username, enabled)) {
      next.addFlashAttribute("done", "User " + username + (enabled ? " enabled." : " disabled: it can no longer sign in."));
    } else {
      next.addFlashAttribute("problems", List.of("There is no user " + username + "."));
    }
    return "redirect:/console/users";
  }

  private static Role roleOf(String role, List<String> problems) {
    for (Role known : Role.values()) {
      if (known.code().equals(role)) {
        return known;
      }
    }
    problems.add("Choose a role: admin, viewer, publisher or subscriber.");
    return null;
  }

  private void checkParticipant(Role role, String participant, List<String> problems) {
    boolean actsForOne = role == Role.PUBLISHER || role == Role.SUBSCRIBER;
    if (!actsForOne) {
      if (participant != null) {
        problems.add("Staff (admin and viewer users) act for no publisher or subscriber: leave the participant empty.");
      }
      return;
    }
    boolean known = sql.statement("console/participants.sql").query().listOfRows().stream()
        .anyMatch(row -> role.code().equals(row.get("role")) && row.get("code").equals(participant));
    if (!known) {
      problems.add("A " + role.code() + " user acts for one " + role.code() + ": choose one the hub knows.");
    }
  }
}
