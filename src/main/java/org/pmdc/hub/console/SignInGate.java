package org.pmdc.hub.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a user must do before anything else once its password is accepted: give the code of its
 * authenticator app when it has a second factor, then choose its own password when it signed in
 * with a first one (known to the administrator who set it). Until then it may only do that, or sign
 * out.
 */
final class SignInGate extends OncePerRequestFilter {

  static final String PASSWORD_PAGE = "/console/password";
  static final String CODE_PAGE = "/console/sign-in/code";
  /** The session attribute set while a second factor's code is awaited. */
  static final String CODE_AWAITED = SignInGate.class.getName() + ".codeAwaited";
  private static final Set<String> ALWAYS_OPEN = Set.of("/console/sign-out", "/console/forbidden");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    String path = request.getRequestURI();
    if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
        && !ALWAYS_OPEN.contains(path)) {
      HttpSession session = request.getSession(false);
      if (session != null && session.getAttribute(CODE_AWAITED) != null) {
        if (!path.equals(CODE_PAGE)) {
          response.sendRedirect(CODE_PAGE);
          return;
        }
      } else if (user.mustChangePassword() && !path.equals(PASSWORD_PAGE)) {
        response.sendRedirect(PASSWORD_PAGE);
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
