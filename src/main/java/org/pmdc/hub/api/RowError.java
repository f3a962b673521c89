package org.pmdc.hub.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One specific problem with a submission, in terms the publisher can act on: the source row
 * (line of a CSV file, element of a JSON array; null for the notice as a whole), the source column
 * or field, the offending value and the reason.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RowError(Integer row, String field, String value, String message) {

  /** A NUL character is shown as {@code \\u0000}: the error is stored as JSON, which PostgreSQL keeps without NULs. */
  public RowError {
    field = withoutNul(field);
    value = withoutNul(value);
    message = withoutNul(message);
  }

  private static String withoutNul(String text) {
    return text == null ? null : text.replace("\0", "\\u0000");
  }

  public static RowError ofNotice(String field, String value, String message) {
    return new RowError(null, field, value, message);
  }

  @Override
  public String toString() {
    String where = row == null ? "notice" : "row " + row;
    return where + (field == null ? "" : ", " + field) + ": " + message;
  }
}
