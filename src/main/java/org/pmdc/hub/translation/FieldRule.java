package org.pmdc.hub.translation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a canonical field's value comes from. In a mapping file either a bare column name
 * ({@code fundId: fund_code}) or an object: {@code {column: due, dateFormat: dd/MM/yyyy}} or
 * {@code {constant: USD}}.
 */
public record FieldRule(String column, String constant, String dateFormat) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static FieldRule ofColumn(String column) {
    return new FieldRule(column, null, null);
  }

  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  static FieldRule of(
      @JsonProperty("column") String column,
      @JsonProperty("constant") String constant,
      @JsonProperty("dateFormat") String dateFormat) {
    return new FieldRule(column, constant, dateFormat);
  }

  /** How the rule reads in messages: the column name, or the constant. */
  String label() {
    return column != null ? column : "constant '" + constant + "'";
  }
}
