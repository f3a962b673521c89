package org.pmdc.hub.translation;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads amounts the way fund administrators write them: {@code 1250000.00}, {@code 1,250,000.00},
 * {@code 1.250.000,00}, {@code 1 250 000,00}, {@code $1,250.00}, {@code (1,250.00)} for a negative
 * amount, {@code -1250}. Grouping must be in threes, so {@code 1.234,56} read with a decimal point
 * is an error, never 1.23456.
 */
final class AmountParser {

  private final char decimal;
  private final Pattern grouped;
  private final Pattern plain;

  AmountParser(String decimalSeparator, String groupingSeparator) {
    this.decimal = decimalSeparator.charAt(0);
    String dec = Pattern.quote(decimalSeparator);
    String grp = Pattern.quote(groupingSeparator);
    this.grouped = Pattern.compile("\\d{1,3}(" + grp + "\\d{3})+(" + dec + "\\d+)?");
    this.plain = Pattern.compile("\\d+(" + dec + "\\d+)?|" + dec + "\\d+");
  }

  /** The amount, or null when the text is not one. */
  BigDecimal parse(String text) {
    String value = text.strip();
    boolean negative = false;
    if (value.startsWith("(") && value.endsWith(")")) {
      negative = true;
      value = value.substring(1, value.length() - 1).strip();
    }
    value = stripCurrencySymbol(value);
    if (value.startsWith("-")) {
      negative = !negative;
      value = stripCurrencySymbol(value.substring(1).strip());
    } else if (value.endsWith("-")) {
      negative = !negative;
      value = value.substring(0, value.length() - 1).strip();
    }
    value = value.replace('\u00A0', ' ');
    if (!grouped.matcher(value).matches() && !plain.matcher(value).matches()) {
      return null;
    }
    StringBuilder digits = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      if (Character.isDigit(c)) {
        digits.append(c);
      } else if (c == decimal) {
        digits.append('.');
      }
    }
    BigDecimal amount = new BigDecimal(digits.toString());
    return negative ? amount.negate() : amount;
  }

  private static String stripCurrencySymbol(String value) {
    String result = value;
    while (!result.isEmpty() && Character.getType(result.charAt(0)) == Character.CURRENCY_SYMBOL) {
      result = result.substring(1).strip();
    }
    while (!result.isEmpty() && Character.getType(result.charAt(result.length() - 1)) == Character.CURRENCY_SYMBOL) {
      result = result.substring(0, result.length() - 1).strip();
    }
    return result;
  }
}
