package org.pmdc.hub.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.pmdc.hub.security.AccessEvents;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every page a signed-in user opens and every change it makes, in the access audit beside the
 * API's calls: the actor is {@code user:<username>}, the action {@code console.view} for a page
 * and {@code console.change} for a form sent. Sign-ins are recorded by {@link SignInOutcomes}.
 */
final class ConsoleAudit extends OncePerRequestFilter {

  private final AccessEvents events;

  ConsoleAudit(AccessEvents events) {
    this.events = events;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String requestId = AccessEvents.requestId(request, response);
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
      chain.doFilter(request, response);
      return;
    }
    long started = System.nanoTime();
    String action = "GET".equals(request.getMethod()) ? "console.view" : "console.change";
    Map<String, Object> event = AccessEvents.event(user.caller().clientId(), user.role(), user.participant(),
        action, request, requestId);
    try {
      chain.doFilter(request, response);
    } finally {
      events.recordWhenAnswered(request, response, event, started);
    }
  }
}
