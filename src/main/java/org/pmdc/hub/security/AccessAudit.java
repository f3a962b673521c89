package org.pmdc.hub.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every call with an accepted token in {@code access_event} once its answer is known: the
 * client, its role and participant, the operation, the path, the HTTP status, the time taken and
 * the request id.
 */
class AccessAudit extends OncePerRequestFilter {

  private final AccessEvents events;
  private final RestOperations operations;

  AccessAudit(AccessEvents events, RestOperations operations) {
    this.events = events;
    this.operations = operations;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String requestId = AccessEvents.requestId(request, response);
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (!(authentication instanceof CallerAuthentication caller)) {
      chain.doFilter(request, response);
      return;
    }
    long started = System.nanoTime();
    Caller who = caller.getPrincipal();
    Map<String, Object> event = AccessEvents.event(who.clientId(), who.role(), who.participant(),
        operations.find(request).map(RestOperations.Operation::id).orElse("unknown"), request, requestId);
    try {
      chain.doFilter(request, response);
    } finally {
      events.recordWhenAnswered(request, response, event, started);
    }
  }
}
