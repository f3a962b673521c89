package org.pmdc.hub.canonical;

/** The value type of a canonical field; the mapping engine converts source text to it. */
public enum FieldType {
  /** Free text, trimmed; blank means absent. */
  TEXT,
  /** A calendar date, held as {@link java.time.LocalDate}. */
  DATE,
  /** A money amount, held as {@link java.math.BigDecimal}; never floating point. */
  AMOUNT,
  /** An ISO 4217 currency code. */
  CURRENCY
}
