package org.pmdc.hub.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.BinaryOperator;

/**
 * A step of a metric's calculation: a value, or why there is none. Arithmetic on a figure without
 * a value passes its reason on, so a metric says which input it lacked; a quotient whose base is
 * 0 or less is not defined (a margin of no revenue, growth from a loss, runway without burn, a
 * multiple of no paid-in capital).
 *
 * @param label what the figure is, for the reasons of the figures computed from it
 */
public record Figure(String label, BigDecimal value, String reason) {

  /** Amounts (per FTE, monthly burn) are kept to 6 places, as converted amounts are. */
  public static final int AMOUNT_SCALE = 6;
  /** Ratios, growth rates, multiples and months to 10, as exchange rates are. */
  public static final int RATIO_SCALE = 10;

  public static Figure of(String label, BigDecimal value) {
    return new Figure(label, value, null);
  }

  /** {@code value}, or when it is null the figure without a value and {@code reason}. */
  public static Figure of(String label, BigDecimal value, String reason) {
    return value == null ? missing(label, reason) : of(label, value);
  }

  public static Figure missing(String label, String reason) {
    return new Figure(label, null, reason);
  }

  public boolean known() {
    return value != null;
  }

  public Figure plus(Figure other) {
    return combined(other, label + " + " + other.label, BigDecimal::add);
  }

  public Figure minus(Figure other) {
    return combined(other, label + " − " + other.label, BigDecimal::subtract);
  }

  public Figure times(int factor) {
    return known() ? of(factor + " × " + label, value.multiply(BigDecimal.valueOf(factor))) : this;
  }

  /** This amount shared out over {@code parts} (employees, months), kept to {@link #AMOUNT_SCALE} places. */
  public Figure per(Figure parts, String label) {
    return quotient(parts, label, AMOUNT_SCALE);
  }

  /** This ÷ {@code base}, kept to {@link #RATIO_SCALE} places. */
  public Figure ratioTo(Figure base, String label) {
    return quotient(base, label, RATIO_SCALE);
  }

  /** (this − base) ÷ base: the growth from {@code base} to this. */
  public Figure growthFrom(Figure base, String label) {
    return minus(base).ratioTo(base, label);
  }

  private Figure combined(Figure other, String combinedLabel, BinaryOperator<BigDecimal> operation) {
    if (!known()) {
      return missing(combinedLabel, reason);
    }
    if (!other.known()) {
      return missing(combinedLabel, other.reason);
    }
    return of(combinedLabel, operation.apply(value, other.value));
  }

  private Figure quotient(Figure base, String quotientLabel, int scale) {
    if (!known()) {
      return missing(quotientLabel, reason);
    }
    if (!base.known()) {
      return missing(quotientLabel, base.reason);
    }
    if (base.value.signum() <= 0) {
      return missing(quotientLabel, "not defined: " + base.label + " is " + base.value.toPlainString()
          + ", not above 0");
    }
    BigDecimal quotient = value.divide(base.value, scale, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return of(quotientLabel, quotient.scale() < 0 ? quotient.setScale(0) : quotient); // 100, not 1E+2
  }
}
