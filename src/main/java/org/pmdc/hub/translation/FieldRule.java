package org.pmdc.hub.translation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.pmdc.hub.canonical.SubmissionRef;

/**
 * Where a canonical field's value comes from. In a mapping file either a bare column name
 * ({@code fundId: fund_code}) or an object with one of: {@code column} (with an optional
 * {@code dateFormat}), {@code constant}, a JSONata {@code expression} over the row's columns
 * ({@code "'CC-' & `Call No`"}), or {@code request}: a value the request that sent the input gave
 * (an upload to one company's payments endpoint gives its {@code companyId}; {@link SubmissionRef#request}).
 */
public record FieldRule(String column, String constant, String expression, String request, String dateFormat) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static FieldRule ofColumn(String column) {
    return new FieldRule(column, null, null, null, null);
  }

  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  static FieldRule of(
      @JsonProperty("column") String column,
      @JsonProperty("constant") String constant,
      @JsonProperty("expression") String expression,
      @JsonProperty("request") String request,
      @JsonProperty("dateFormat") String dateFormat) {
    return new FieldRule(column, constant, expression, request, dateFormat);
  }

  /** How many of column, constant, expression and request the rule gives: exactly one is valid. */
  int sources() {
    return (column != null ? 1 : 0) + (constant != null ? 1 : 0) + (expression != null ? 1 : 0) + (request != null ? 1 : 0);
  }

  /** How the rule reads in messages: the column name, the constant, the expression or the request's value. */
  String label() {
    if (column != null) {
      return column;
    }
    if (request != null) {
      return "the request's " + request;
    }
    return constant != null ? "constant '" + constant + "'" : "expression " + expression;
  }
}
