package org.pmdc.hub.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A request the hub refuses, carrying what an RFC 9457 problem document needs. Routes and beans
 * throw it; the shared error handling in {@code routes/hub-errors.camel.yaml} renders it.
 */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String slug;
  private final String title;
  private final List<RowError> errors;

  public ProblemException(int status, String slug, String title, String detail) {
    this(status, slug, title, detail, List.of());
  }

  public ProblemException(
      int status, String slug, String title, String detail, List<RowError> errors) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public static ProblemException badRequest(String detail) {
    return new ProblemException(400, "bad-request", "Bad request", detail);
  }

  public static ProblemException invalid(String detail, List<RowError> errors) {
    return new ProblemException(422, "validation-failed", "Validation failed", detail, errors);
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(404, "not-found", "Not found", detail);
  }

  public int status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public List<RowError> errors() {
    return errors;
  }

  /** The RFC 9457 document of this problem, about the request at {@code instance}. */
  public ObjectNode document(ObjectMapper json, String instance) {
    ObjectNode body = json.createObjectNode();
    body.put("type", "/problems/" + slug);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", getMessage());
    body.put("instance", instance);
    if (!errors.isEmpty()) {
      body.set("errors", json.valueToTree(errors));
    }
    return body;
  }
}
