package org.pmdc.hub.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user signed in with a first password (known to the administrator who set it) may do nothing
 * but choose its own password, or sign out.
 */
final class FirstPasswordGate extends OncePerRequestFilter {

  static final String PASSWORD_PAGE = "/console/password";
  private static final Set<String> OPEN = Set.of(PASSWORD_PAGE, "/console/sign-out", "/console/forbidden");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
        && user.mustChangePassword() && !OPEN.contains(request.getRequestURI())) {
      response.sendRedirect(PASSWORD_PAGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
