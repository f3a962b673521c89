package org.pmdc.hub.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/** The signed-in user kept in the session, replaced when what sign-in knew of it changes (a password, a second factor). */
final class SessionUser {

  private static final SecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

  private SessionUser() {}

  static void replace(SignedInUser changed, HttpServletRequest request, HttpServletResponse response) {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
    SecurityContextHolder.setContext(context);
    SESSIONS.saveContext(context, request, response);
  }
}
