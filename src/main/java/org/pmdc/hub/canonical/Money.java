package org.pmdc.hub.canonical;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** Amounts as the canonical model writes them: exact, with the currency's minor units. */
public final class Money {

  /** Stored as NUMERIC(22,4): at most 18 digits before the decimal point. */
  static final int MAX_INTEGER_DIGITS = 18;

  private Money() {}

  /**
   * Why a code is not a currency amounts can be in, if it is not: unknown to ISO 4217, or one of
   * its codes that name no currency (XXX "no currency", XTS testing, XAU gold and the other metals,
   * XDR and the other units of account), which have no minor units.
   */
  public static Optional<String> notACurrency(String code) {
    try {
      if (code.length() == 3 && code.equals(code.toUpperCase(Locale.ROOT))) {
        return Currency.getInstance(code).getDefaultFractionDigits() < 0
            ? Optional.of(code + " is an ISO 4217 code that names no currency (a metal, a unit of account, "
                + "testing or 'no currency'); give the currency of the amounts")
            : Optional.empty();
      }
    } catch (IllegalArgumentException e) {
      // falls through to the answer below
    }
    return Optional.of("not an ISO 4217 currency code");
  }

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
