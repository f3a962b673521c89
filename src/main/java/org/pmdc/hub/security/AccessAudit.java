package org.pmdc.hub.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every authenticated request in {@code access_event} once its answer is known: who made
 * it, its role and participant, what it did, the path, the HTTP status, the time taken and the
 * request id. The API names a call by its operation; the console a page or a form. Placed before
 * the chain's refusals, so a refused request is audited with its 403.
 */
public final class AccessAudit extends OncePerRequestFilter {

  /** Who made a request and the action the audit names it by. */
  public record AuditedRequest(Caller caller, String action) {}

  /** Reads an authenticated request as the audit names it; empty: not a request this chain audits. */
  @FunctionalInterface
  public interface Reader {
    Optional<AuditedRequest> read(HttpServletRequest request, Authentication authentication);
  }

  private final AccessEvents events;
  private final Reader reader;

  public AccessAudit(AccessEvents events, Reader reader) {
    this.events = events;
    this.reader = reader;
  }

  /** The API's calls: the client behind the token, the operation the route files declare. */
  static AccessAudit ofApiCalls(AccessEvents events, RestOperations operations) {
    return new AccessAudit(events, (request, authentication) -> authentication instanceof CallerAuthentication caller
        ? Optional.of(new AuditedRequest(caller.getPrincipal(),
            operations.find(request).map(RestOperations.Operation::id).orElse("unknown")))
        : Optional.empty());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String requestId = AccessEvents.requestId(request, response);
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    Optional<AuditedRequest> audited = authentication == null ? Optional.empty() : reader.read(request, authentication);
    if (audited.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    long started = System.nanoTime();
    Caller who = audited.get().caller();
    Map<String, Object> event = AccessEvents.event(who.clientId(), who.role(), who.participant(),
        audited.get().action(), request, requestId);
    try {
      chain.doFilter(request, response);
    } finally {
      events.recordWhenAnswered(request, response, event, started);
    }
  }
}
