package org.pmdc.hub.translation;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * JSONata expressions of one mapping application, compiled once each and evaluated per row with
 * the row's columns as input (names with spaces in backticks: {@code `Call No`}). Meant for text,
 * codes and dates; a number the expression returns is taken through its decimal text, so amounts
 * should be mapped from their columns, not computed with floating-point arithmetic here.
 */
final class RowExpressions {

  private final Map<String, Jsonata> compiled = new HashMap<>();

  /** Thrown with a reason a publisher can act on. */
  static final class ExpressionException extends Exception {
    ExpressionException(String message) {
      super(message);
    }
  }

  /** Why the expression does not compile, or null when it does. */
  static String problem(String expression) {
    try {
      Jsonata.jsonata(expression);
      return null;
    } catch (JException | IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** The expression's value on the row, as text; null when it gives nothing. */
  String evaluate(String expression, Map<String, String> row) throws ExpressionException {
    Object value;
    try {
      value = compiled.computeIfAbsent(expression, Jsonata::jsonata).evaluate(new HashMap<String, Object>(row));
    } catch (JException | IllegalArgumentException | ClassCastException e) {
      throw new ExpressionException("the expression failed: " + e.getMessage());
    }
    if (value == null || value instanceof String) {
      return (String) value;
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).toPlainString();
    }
    if (value instanceof Boolean) {
      return value.toString();
    }
    throw new ExpressionException("the expression gave a list or an object, not a single value");
  }
}
