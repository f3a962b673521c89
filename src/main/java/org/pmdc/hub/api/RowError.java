package org.pmdc.hub.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One specific problem with a submission, in terms the publisher can act on: the source row
 * (line of a CSV file, element of a JSON array; null for the notice as a whole), the source column
 * or field, the offending value and the reason.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RowError(Integer row, String field, String value, String message) {

  public static RowError ofNotice(String field, String value, String message) {
    return new RowError(null, field, value, message);
  }

  @Override
  public String toString() {
    String where = row == null ? "notice" : "row " + row;
    return where + (field == null ? "" : ", " + field) + ": " + message;
  }
}
