package org.pmdc.hub.canonical;

import java.math.BigDecimal;
import java.util.Currency;

/** Amounts as the canonical model writes them: exact, with the currency's minor units. */
public final class Money {

  /** Stored as NUMERIC(22,4): at most 18 digits before the decimal point. */
  static final int MAX_INTEGER_DIGITS = 18;

  private Money() {}

  /** 2 for USD, 0 for JPY, 3 for KWD. */
  public static int minorUnits(String currency) {
    return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
  }

  /** {@code 1250000} in USD is written {@code 1250000.00}; validation guarantees no rounding. */
  static String text(BigDecimal amount, String currency) {
    return amount.setScale(minorUnits(currency)).toPlainString();
  }

  static boolean tooLarge(BigDecimal value) {
    return value.precision() - value.scale() > MAX_INTEGER_DIGITS;
  }
}
