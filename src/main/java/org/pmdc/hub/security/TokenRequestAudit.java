package org.pmdc.hub.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records each token request of a registered client in {@code access_event} (action
 * {@code issue-token}): granted (200) or refused (401 wrong secret, 400 scope beyond its role), so
 * an admin sees a client's failed attempts as well as its calls. A request naming no registered
 * client is not recorded (anyone could fill the table with made-up ids).
 */
class TokenRequestAudit extends OncePerRequestFilter {

  private final AccessEvents events;
  private final ApiClients clients;

  TokenRequestAudit(AccessEvents events, ApiClients clients) {
    this.events = events;
    this.clients = clients;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String requestId = AccessEvents.requestId(request, response);
    Optional<ApiClients.Client> client = clientId(request).flatMap(clients::find);
    long started = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      client.ifPresent(known -> events.recordWhenAnswered(request, response,
          AccessEvents.event(known.clientId(), known.role(), known.participant(), "issue-token", request, requestId),
          started));
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().endsWith("/oauth2/token");
  }

  /** The client id of HTTP Basic (form-encoded, RFC 6749 2.3.1) or of the {@code client_id} parameter. */
  static Optional<String> clientId(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 1 ? Optional.empty()
            : Optional.of(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException malformed) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(request.getParameter("client_id"));
  }
}
