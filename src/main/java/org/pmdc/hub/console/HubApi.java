package org.pmdc.hub.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.StreamCache;
import org.pmdc.hub.security.Caller;
import org.pmdc.hub.security.Callers;
import org.pmdc.hub.security.RestOperations;
import org.springframework.stereotype.Component;

/**
 * The console's one way into the hub: an operation of the REST API, called by its id in the route
 * files for the signed-in person. The operation's scopes are checked as for a token, and its own
 * route does the work, so validation, entitlement and audit are the API's, written once.
 */
@Component
class HubApi {

  /** An operation's answer: its HTTP status and its document as maps, lists and plain values. */
  record Answer(int status, Object body) {

    boolean ok() {
      return status < 400;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> document() {
      return body instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** The rows of a list: the document itself, or a page's {@code items}. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows() {
      Object rows = body instanceof List<?> ? body : document().get("items");
      return rows instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    /** The problem's detail, then each named field's error, as a person reads them. */
    @SuppressWarnings("unchecked")
    List<String> problems() {
      if (ok()) {
        return List.of();
      }
      Map<String, Object> problem = document();
      List<String> lines = new ArrayList<>();
      lines.add(String.valueOf(problem.getOrDefault("detail", problem.getOrDefault("title", "Refused (" + status + ")."))));
      if (problem.get("errors") instanceof List<?> errors) {
        for (Object error : errors) {
          Map<String, Object> row = (Map<String, Object>) error;
          lines.add((row.get("field") == null ? "" : row.get("field") + ": ") + row.get("message"));
        }
      }
      return lines;
    }
  }

  private static final Answer FORBIDDEN = new Answer(403, Map.of("title", "Forbidden", "detail", "Your role may not do this."));

  private final RestOperations operations;
  private final ProducerTemplate camel;
  private final ObjectMapper json;

  HubApi(RestOperations operations, ProducerTemplate camel, ObjectMapper json) {
    this.operations = operations;
    this.camel = camel;
    this.json = json;
  }

  /** Calls an operation that takes no body. */
  Answer call(SignedInUser user, String operationId, Map<String, ?> parameters) {
    return call(user, operationId, parameters, null, null);
  }

  /** Sends a JSON body (a map or record, written as the API would receive it). */
  Answer send(SignedInUser user, String operationId, Map<String, ?> parameters, Object body) {
    try {
      return call(user, operationId, parameters, json.writeValueAsBytes(body), "application/json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Calls the operation with its path and query parameters (as the REST binding hands them to the
   * route: headers) and a body of the given content type, or none. An uploaded file is a body as
   * the REST binding gives it too: a {@code Path}, with its name and type in the file headers.
   */
  Answer call(SignedInUser user, String operationId, Map<String, ?> parameters, Object body, String contentType) {
    Exchange done = send(user, operationId, parameters, body, contentType);
    if (done == null) {
      return FORBIDDEN;
    }
    Object answered = done.getMessage().getBody();
    if (answered instanceof InputStream || answered instanceof StreamCache) {
      answered = done.getMessage().getBody(byte[].class);
    }
    return new Answer(statusOf(done), plain(answered));
  }

  /**
   * Calls an operation that answers bytes rather than JSON (a submission's raw content) and copies
   * them to the response as they stream, with the operation's type and file name; a refusal or a
   * 404 is answered as a JSON call's is, for the page to show.
   */
  Answer download(SignedInUser user, String operationId, Map<String, ?> parameters, HttpServletResponse response)
      throws IOException {
    Exchange done = send(user, operationId, parameters, null, null);
    if (done == null) {
      return FORBIDDEN;
    }
    if (statusOf(done) >= 400) {
      return new Answer(statusOf(done), plain(done.getMessage().getBody(String.class)));
    }
    response.setContentType(done.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class));
    response.setHeader("Content-Disposition", done.getMessage().getHeader("Content-Disposition", String.class));
    try (InputStream bytes = done.getMessage().getBody(InputStream.class)) {
      bytes.transferTo(response.getOutputStream());
    }
    return new Answer(200, Map.of());
  }

  /** The exchange the operation's route answered; null when the person's role may not call it. */
  private Exchange send(SignedInUser user, String operationId, Map<String, ?> parameters, Object body,
      String contentType) {
    RestOperations.Operation operation = operations.byId(operationId)
        .orElseThrow(() -> new IllegalArgumentException("No REST operation has the id " + operationId));
    Caller caller = user.caller();
    if (!operation.allows(caller)) {
      return null;
    }
    Exchange done = camel.send(operation.endpoint(), exchange -> {
      exchange.setProperty(Callers.IN_PROCESS, caller);
      parameters.forEach((name, value) -> {
        if (value != null) {
          exchange.getMessage().setHeader(name, value);
        }
      });
      exchange.getMessage().setHeader(Exchange.HTTP_METHOD, operation.method());
      if (contentType != null) {
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, contentType);
      }
      exchange.getMessage().setBody(body);
    });
    if (done.getException() != null) {
      throw new IllegalStateException("Operation " + operationId + " failed", done.getException());
    }
    return done;
  }

  private static int statusOf(Exchange done) {
    Integer status = done.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
    return status == null ? 200 : status;
  }

  /** The document as the API's client would read it back: JSON (text, bytes, a stream) parsed, objects as maps. */
  private Object plain(Object body) {
    try {
      if (body == null) {
        return Map.of();
      }
      if (body instanceof String text) {
        return text.isBlank() ? Map.of() : json.readValue(text, Object.class);
      }
      if (body instanceof byte[] bytes) {
        return json.readValue(bytes, Object.class);
      }
      return json.convertValue(body, Object.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
