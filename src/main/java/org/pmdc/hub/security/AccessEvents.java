package org.pmdc.hub.security;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.pmdc.hub.database.SqlFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an {@code access_event} once the answer to a call is known: at once, or when an
 * asynchronous answer (the routes answer asynchronously) completes. Every call gets a request id:
 * the caller's {@code X-Request-Id} when it is a sensible token, else a new one, returned in the
 * same header.
 */
public final class AccessEvents {

  static final String REQUEST_ID = "X-Request-Id";
  private static final Pattern SENSIBLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Logger log = LoggerFactory.getLogger(AccessEvents.class);

  private final SqlFiles sql;

  public AccessEvents(SqlFiles sql) {
    this.sql = sql;
  }

  /** The call's request id, now also in the answer's header. */
  public static String requestId(HttpServletRequest request, HttpServletResponse response) {
    String given = request.getHeader(REQUEST_ID);
    String requestId = given != null && SENSIBLE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    response.setHeader(REQUEST_ID, requestId);
    return requestId;
  }

  /** What the event says of a call by this client, until its outcome is known. */
  public static Map<String, Object> event(String clientId, Role role, String participant, String action,
      HttpServletRequest request, String requestId) {
    Map<String, Object> event = new HashMap<>();
    event.put("actor", clientId);
    event.put("role", role == null ? null : role.code()); // none for a failed sign-in
    event.put("participant", participant);
    event.put("action", action);
    event.put("method", request.getMethod());
    event.put("target", request.getQueryString() == null
        ? request.getRequestURI() : request.getRequestURI() + "?" + request.getQueryString());
    event.put("requestId", requestId);
    return event;
  }

  /** Records the event with the call's outcome once it is answered. */
  public void recordWhenAnswered(HttpServletRequest request, HttpServletResponse response, Map<String, Object> event,
      long startedNanos) {
    if (!request.isAsyncStarted()) {
      record(event, response.getStatus(), startedNanos);
      return;
    }
    request.getAsyncContext().addListener(new AsyncListener() {
      @Override
      public void onComplete(AsyncEvent done) {
        record(event, response.getStatus(), startedNanos);
      }

      @Override
      public void onTimeout(AsyncEvent done) {}

      @Override
      public void onError(AsyncEvent done) {}

      @Override
      public void onStartAsync(AsyncEvent done) {}
    });
  }

  /** Records the event with the outcome given, for an outcome that is not an HTTP answer (a sign-in). */
  public void record(Map<String, Object> event, int status, long startedNanos) {
    event.put("outcome", status);
    event.put("durationMs", (int) ((System.nanoTime() - startedNanos) / 1_000_000));
    try {
      sql.statement("security/record-access.sql").params(event).update();
    } catch (RuntimeException e) {
      // The answer has gone out; a lost audit row must be loud, not hidden.
      log.error("Could not record the access event {}", event, e);
    }
  }
}
