package org.pmdc.hub.translation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pmdc.hub.canonical.FieldType;
import org.pmdc.hub.canonical.Money;

/** Converts source text to a canonical field's type; a failure says what was expected. */
final class ValueConverter {

  private static final Pattern YEAR_MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");

  private final SourceFormat source;
  private final AmountParser amounts;

  ValueConverter(SourceFormat source) {
    this.source = source;
    this.amounts = new AmountParser(source.decimalSeparator(), source.groupingSeparator());
  }

  /** Thrown with a reason a publisher can act on. */
  static final class ConversionException extends Exception {
    ConversionException(String message) {
      super(message);
    }
  }

  /** The typed value, or null for blank text. */
  Object convert(String text, FieldType type, FieldRule rule) throws ConversionException {
    if (text != null && text.indexOf('\0') >= 0) {
      throw new ConversionException("contains a NUL character (U+0000), which no text field can hold; remove it from the export");
    }
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    return switch (type) {
      case TEXT -> value;
      case DATE -> date(value, dateFormat(rule));
      case MONTH -> month(value, dateFormat(rule));
      case AMOUNT, SIGNED_AMOUNT, DECIMAL -> amount(value);
      case PERCENT -> percent(value);
      case INTEGER -> integer(value);
      case CURRENCY -> currency(value);
    };
  }

  private String dateFormat(FieldRule rule) {
    return rule.dateFormat() != null ? rule.dateFormat() : source.dateFormat();
  }

  private static LocalDate month(String value, String pattern) throws ConversionException {
    if (YEAR_MONTH.matcher(value).matches()) {
      return YearMonth.parse(value).atDay(1);
    }
    LocalDate date;
    try {
      date = date(value, pattern);
    } catch (ConversionException e) {
      throw new ConversionException("not a month: write it 2024-03 or as its first day in the format " + pattern);
    }
    if (date.getDayOfMonth() != 1) {
      throw new ConversionException("a month is its first day (" + date.withDayOfMonth(1) + ") or 2024-03, not another day");
    }
    return date;
  }

  /**
   * Strict: 2026-11-31 is an error, never silently 2026-11-30 (the default "smart" resolving).
   * The era is defaulted so that {@code yyyy} patterns work under strict resolving.
   */
  private static LocalDate date(String value, String pattern) throws ConversionException {
    DateTimeFormatter format = new DateTimeFormatterBuilder()
        .appendPattern(pattern)
        .parseDefaulting(ChronoField.ERA, 1)
        .toFormatter(Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);
    try {
      return LocalDate.parse(value, format);
    } catch (DateTimeParseException e) {
      throw new ConversionException("not a valid date in the format " + pattern);
    }
  }

  private BigDecimal amount(String value) throws ConversionException {
    BigDecimal amount = amounts.parse(value);
    if (amount == null) {
      throw new ConversionException("not a decimal amount (decimal separator '" + source.decimalSeparator()
          + "', thousands separator '" + source.groupingSeparator() + "')");
    }
    return amount;
  }

  /** {@code 12.5} or {@code 12.5%}; the range (0 to 100) is a business rule, checked later. */
  private BigDecimal percent(String value) throws ConversionException {
    String number = value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value;
    BigDecimal percent = amounts.parse(number);
    if (percent == null) {
      throw new ConversionException("not a percentage (12.5 or 12.5%)");
    }
    return percent;
  }

  private Long integer(String value) throws ConversionException {
    BigDecimal number = amounts.parse(value);
    try {
      if (number != null) {
        return number.longValueExact();
      }
    } catch (ArithmeticException e) {
      // falls through to the error below
    }
    throw new ConversionException("not a whole number");
  }

  private static String currency(String value) throws ConversionException {
    String code = value.toUpperCase(Locale.ROOT);
    Optional<String> refusal = Money.notACurrency(code);
    if (refusal.isPresent()) {
      throw new ConversionException(refusal.get());
    }
    return code;
  }
}
