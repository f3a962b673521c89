package org.pmdc.hub.api;

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
}
