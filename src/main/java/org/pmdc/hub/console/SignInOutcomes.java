package org.pmdc.hub.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.pmdc.hub.security.AccessEvents;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * What follows a sign-in: on success the failure count restarts; on a wrong password it grows
 * until the user is locked ({@link ConsoleSettings#failedSignInLimit()}). Each attempt on a user is in the
 * access audit ({@code console.sign-in}, 200 or 401), and the sign-in page is told which refusal
 * to explain: a wrong username or password (never which of the two), a locked or a disabled user.
 * A user with a second factor is then asked for its code ({@link SecondFactorPage}).
 */
final class SignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  static final String SIGN_IN_PAGE = "/console/sign-in";

  private final ConsoleUsers users;
  private final AccessEvents events;

  SignInOutcomes(ConsoleUsers users, AccessEvents events) {
    this.users = users;
    this.events = events;
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) throws IOException {
    SignedInUser user = (SignedInUser) authentication.getPrincipal();
    audit(request, response, user.caller().clientId(), user, "console.sign-in", 200);
    if (user.hasSecondFactor()) {
      // The failures in a row are not reset before the code is right: a stolen password must not
      // buy fresh guesses at the code.
      request.getSession().setAttribute(SignInGate.CODE_AWAITED, Boolean.TRUE);
      response.sendRedirect(SignInGate.CODE_PAGE);
      return;
    }
    users.recordSignIn(user.getUsername());
    response.sendRedirect("/console");
  }

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException failure) throws IOException {
    String username = String.valueOf(request.getParameter("username"));
    String refusal;
    boolean aUser = true;
    if (failure instanceof LockedException) {
      refusal = "locked";
    } else if (failure instanceof DisabledException) {
      refusal = "disabled";
    } else {
      ConsoleUsers.FailedSignIn counted = users.recordFailedSignIn(username);
      aUser = counted != ConsoleUsers.FailedSignIn.NO_SUCH_USER;
      refusal = counted == ConsoleUsers.FailedSignIn.LOCKED ? "locked" : "failed";
    }
    // As for the API's token requests, a name that is no user's is not recorded: made-up names cannot fill the audit.
    if (aUser) {
      audit(request, response, "user:" + username, null, "console.sign-in", 401);
    }
    response.sendRedirect(SIGN_IN_PAGE + "?refused=" + refusal);
  }

  private void audit(HttpServletRequest request, HttpServletResponse response, String actor, SignedInUser user,
      String action, int outcome) {
    audit(events, request, response, actor, user, action, outcome);
  }

  /** A step of signing in, in the access audit (the password's, the second factor's). */
  static void audit(AccessEvents events, HttpServletRequest request, HttpServletResponse response, String actor,
      SignedInUser user, String action, int outcome) {
    Map<String, Object> event = AccessEvents.event(actor, user == null ? null : user.role(),
        user == null ? null : user.participant(), action, request, AccessEvents.requestId(request, response));
    events.record(event, outcome, System.nanoTime());
  }
}
