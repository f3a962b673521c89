package org.pmdc.hub.security;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every authenticated call in {@code access_event} once its answer is known (routes answer
 * asynchronously): the client, its role and participant, the operation, the path, the HTTP status,
 * the time taken and the request id. The request id is the caller's {@code X-Request-Id} when it
 * is a sensible token, else a new one; it is returned in the same header.
 */
class AccessAudit extends OncePerRequestFilter {

  static final String REQUEST_ID = "X-Request-Id";
  private static final Pattern SENSIBLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Logger log = LoggerFactory.getLogger(AccessAudit.class);

  private final ProducerTemplate camel;
  private final RestOperations operations;

  AccessAudit(ProducerTemplate camel, RestOperations operations) {
    this.camel = camel;
    this.operations = operations;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String given = request.getHeader(REQUEST_ID);
    String requestId = given != null && SENSIBLE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    response.setHeader(REQUEST_ID, requestId);
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (!(authentication instanceof CallerAuthentication caller)) {
      chain.doFilter(request, response);
      return;
    }
    long started = System.nanoTime();
    Map<String, Object> event = new HashMap<>();
    event.put("actor", caller.getPrincipal().clientId());
    event.put("role", caller.getPrincipal().role().code());
    event.put("participant", caller.getPrincipal().participant());
    event.put("action", operations.find(request).map(RestOperations.Operation::id).orElse("unknown"));
    event.put("method", request.getMethod());
    event.put("target", request.getQueryString() == null
        ? request.getRequestURI() : request.getRequestURI() + "?" + request.getQueryString());
    event.put("requestId", requestId);
    try {
      chain.doFilter(request, response);
    } finally {
      if (request.isAsyncStarted()) {
        request.getAsyncContext().addListener(new AsyncListener() {
          @Override
          public void onComplete(AsyncEvent done) {
            record(event, response.getStatus(), started);
          }

          @Override
          public void onTimeout(AsyncEvent done) {}

          @Override
          public void onError(AsyncEvent done) {}

          @Override
          public void onStartAsync(AsyncEvent done) {}
        });
      } else {
        record(event, response.getStatus(), started);
      }
    }
  }

  private void record(Map<String, Object> event, int status, long started) {
    event.put("outcome", status);
    event.put("durationMs", (int) ((System.nanoTime() - started) / 1_000_000));
    try {
      camel.requestBody("sql:classpath:sql/security/record-access.sql", event);
    } catch (RuntimeException e) {
      // The answer has gone out; a lost audit row must be loud, not hidden.
      log.error("Could not record the access event {}", event, e);
    }
  }
}
