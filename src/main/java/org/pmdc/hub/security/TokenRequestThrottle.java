package org.pmdc.hub.security;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pmdc.hub.api.HttpProblems;
import org.pmdc.hub.api.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles guessing at the token endpoint. Failed client authentications (401) are counted per
 * source address and per client id ({@link FailureBudgets}); once either budget is spent, token
 * requests from that address, or naming that client, answer 429 with {@code Retry-After} without
 * checking a secret or writing an audit row. A client keeps getting tokens at an address where it
 * got one lately, so someone guessing at its id elsewhere does not lock it out; a new address of
 * the client waits at most until one failure is given back.
 */
class TokenRequestThrottle extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(TokenRequestThrottle.class);
  /** How long an address where a client got a token stays its own. */
  private static final Duration KNOWN_FOR = Duration.ofHours(24);
  private static final int MAX_KNOWN = 10_000;

  private final FailureBudgets byAddress;
  private final FailureBudgets byClient;
  private final Map<String, Instant> knownAddresses = new ConcurrentHashMap<>();
  private final HttpProblems problems;
  private final MeterRegistry registry;

  TokenRequestThrottle(SecuritySettings settings, HttpProblems problems, MeterRegistry registry) {
    this.byAddress = new FailureBudgets(settings.tokenFailuresPerAddress(), settings.tokenFailureWindow());
    this.byClient = new FailureBudgets(settings.tokenFailuresPerClient(), settings.tokenFailureWindow());
    this.problems = problems;
    this.registry = registry;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String address = request.getRemoteAddr();
    Optional<String> client = TokenRequestAudit.clientId(request);
    Optional<Duration> addressLocked = byAddress.lockedFor(address);
    Optional<Duration> clientLocked = client.filter(id -> !known(id, address)).flatMap(byClient::lockedFor);
    if (addressLocked.isPresent() || clientLocked.isPresent()) {
      refuse(request, response, addressLocked.isPresent() ? "address" : "client",
          addressLocked.or(() -> clientLocked).orElseThrow());
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      if (byAddress.spend(address)) {
        log.warn("Token requests from {} are refused for a while: too many failed client authentications", address);
      }
      client.filter(byClient::spend).ifPresent(id ->
          log.warn("Token requests for client '{}' are refused for a while (except from its known addresses): "
              + "too many failed client authentications", id));
    } else if (response.getStatus() == HttpServletResponse.SC_OK) {
      client.ifPresent(id -> remember(id, address));
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().endsWith("/oauth2/token");
  }

  private boolean known(String client, String address) {
    Instant until = knownAddresses.get(client + " " + address);
    return until != null && Instant.now().isBefore(until);
  }

  private void remember(String client, String address) {
    if (knownAddresses.size() >= MAX_KNOWN) {
      Instant now = Instant.now();
      knownAddresses.values().removeIf(now::isAfter);
    }
    knownAddresses.put(client + " " + address, Instant.now().plus(KNOWN_FOR));
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, String by, Duration wait)
      throws IOException {
    registry.counter("pmdc.token.requests.throttled", "by", by).increment();
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    response.setHeader("Retry-After", Long.toString(seconds));
    problems.write(request, response, new ProblemException(429, "rate-limited", "Too many failed authentications",
        "Too many failed client authentications " + ("address".equals(by) ? "from this address" : "for this client")
            + "; retry after " + seconds + " s with the right secret."));
  }
}
