package org.pmdc.hub.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pmdc.hub.api.HttpProblems;
import org.pmdc.hub.api.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client (per hub instance): {@code burst} calls at once, refilled at
 * {@code requestsPerSecond}. A call over the limit answers 429 with {@code Retry-After}, the
 * whole seconds until the next call would pass.
 */
class ClientRateLimit extends OncePerRequestFilter {

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final SecuritySettings settings;
  private final HttpProblems problems;

  ClientRateLimit(SecuritySettings settings, HttpProblems problems) {
    this.settings = settings;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication instanceof CallerAuthentication caller) {
      ConsumptionProbe probe = buckets.computeIfAbsent(caller.getName(), id -> newBucket()).tryConsumeAndReturnRemaining(1);
      if (!probe.isConsumed()) {
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        response.setHeader("Retry-After", Long.toString(seconds));
        problems.write(request, response, new ProblemException(429, "rate-limited", "Too many requests",
            "Client '" + caller.getName() + "' may make " + settings.requestsPerSecond()
                + " calls a second (bursts of " + settings.burst() + "); retry after " + seconds + " s."));
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(settings.burst())
            .refillGreedy(settings.requestsPerSecond(), Duration.ofSeconds(1)))
        .build();
  }
}
