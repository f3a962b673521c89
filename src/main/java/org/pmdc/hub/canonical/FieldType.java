package org.pmdc.hub.canonical;

/** The value type of a canonical field; the mapping engine converts source text to it. */
public enum FieldType {
  /** Free text, trimmed; blank means absent. */
  TEXT,
  /** A calendar date, held as {@link java.time.LocalDate}. */
  DATE,
  /**
   * A calendar month (a cohort month), written {@code 2024-03} or as a date on its first day in the
   * mapping's date format; held as the {@link java.time.LocalDate} of its first day.
   */
  MONTH,
  /** A money amount that cannot be negative, held as {@link java.math.BigDecimal}; never floating point. */
  AMOUNT,
  /** A money amount that may be negative (a loss, a change in value), held as {@link java.math.BigDecimal}. */
  SIGNED_AMOUNT,
  /** A percentage from 0 to 100 ({@code 12.5} or {@code 12.5%}), held as {@link java.math.BigDecimal}. */
  PERCENT,
  /** A whole number that cannot be negative (employees, customers), held as {@link Long}. */
  INTEGER,
  /** An exact decimal of any sign and scale (a converted amount, a ratio, a rate): computed records only. */
  DECIMAL,
  /** An ISO 4217 currency code. */
  CURRENCY;

  public boolean isMoney() {
    return this == AMOUNT || this == SIGNED_AMOUNT;
  }
}
