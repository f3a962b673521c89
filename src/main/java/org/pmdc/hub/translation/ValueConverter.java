package org.pmdc.hub.translation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import org.pmdc.hub.canonical.FieldType;

/** Converts source text to a canonical field's type; a failure says what was expected. */
final class ValueConverter {

  private ValueConverter() {}

  /** Thrown with a reason a publisher can act on. */
  static final class ConversionException extends Exception {
    ConversionException(String message) {
      super(message);
    }
  }

  /** The typed value, or null for blank text. */
  static Object convert(String text, FieldType type, String datePattern) throws ConversionException {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.trim();
    return switch (type) {
      case TEXT -> value;
      case DATE -> date(value, datePattern);
      case AMOUNT -> amount(value);
      case CURRENCY -> currency(value);
    };
  }

  private static LocalDate date(String value, String pattern) throws ConversionException {
    try {
      return LocalDate.parse(value, DateTimeFormatter.ofPattern(pattern, Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw new ConversionException("not a valid date in the format " + pattern);
    }
  }

  /** Plain decimals with an optional thousands comma: {@code 1250000.00}, {@code 1,250,000.00}. */
  private static BigDecimal amount(String value) throws ConversionException {
    String digits = value.replace(",", "").replace(" ", "");
    try {
      return new BigDecimal(digits);
    } catch (NumberFormatException e) {
      throw new ConversionException("not a decimal amount");
    }
  }

  private static String currency(String value) throws ConversionException {
    String code = value.toUpperCase(Locale.ROOT);
    try {
      if (code.length() == 3 && Currency.getInstance(code) != null) {
        return code;
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below
    }
    throw new ConversionException("not an ISO 4217 currency code");
  }
}
