package org.pmdc.hub.fx;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The rate the hub uses to turn {@code base} into {@code quote} on {@code date}, or why it has none
 * ({@code rate} null, {@code reason} set): never a guess, never 1 for a pair it does not know.
 * Every pair goes through the euro rates the ECB publishes (USD→CAD = EUR→CAD ÷ EUR→USD), kept as
 * published: the one division is the last step, rounded half-even to {@link #RATE_SCALE} places for
 * the rate and {@link #AMOUNT_SCALE} for an amount, which is converted from the published rates,
 * not from the rounded rate.
 */
@Schema(description = "the rate used for a pair on a date, or why there is none",
    requiredProperties = {"base", "quote", "date", "legs"})
public record ExchangeRate(
    String base,
    String quote,
    @Schema(description = "the date the rate was asked for") LocalDate date,
    @Schema(description = "units of quote per one base; null when not available") BigDecimal rate,
    @Schema(description = "the date of the published rate(s) used: the latest on or before date") LocalDate rateDate,
    @Schema(description = "the published euro rates it was computed from (none for the euro into itself)") List<Leg> legs,
    @Schema(description = "why there is no rate; null when there is one") String reason,
    @Schema(description = "the amount asked to convert, in base") BigDecimal amount,
    @Schema(description = "the amount in quote; null when not available") BigDecimal converted) {

  public static final int RATE_SCALE = 10;
  public static final int AMOUNT_SCALE = 6;
  static final String EURO = "EUR";

  /**
   * One published euro rate: units of {@code quote} per euro, the version and source of the row.
   *
   * @param id the stored row, for the lineage of a figure computed with it
   */
  public record Leg(long id, String quote, BigDecimal rate, LocalDate rateDate, int version, String source) {}

  /** The rate from the euro rates of both currencies (none for the euro, nor for a currency into itself: 1). */
  static ExchangeRate of(String base, String quote, LocalDate date, List<Leg> legs) {
    LocalDate rateDate = legs.stream().map(Leg::rateDate).min(Comparator.naturalOrder()).orElse(date);
    BigDecimal rate = base.equals(quote) ? BigDecimal.ONE
        : divided(euroRate(quote, legs), euroRate(base, legs), RATE_SCALE);
    return new ExchangeRate(base, quote, date, rate, rateDate, legs, null, null, null);
  }

  static ExchangeRate notAvailable(String base, String quote, LocalDate date, String reason) {
    return new ExchangeRate(base, quote, date, null, null, List.of(), reason, null, null);
  }

  /** This rate applied to {@code amount} of base: amount × (euro→quote) ÷ (euro→base). */
  public ExchangeRate converting(BigDecimal amount) {
    BigDecimal result = rate == null ? null
        : base.equals(quote) ? amount
        : divided(amount.multiply(euroRate(quote, legs)), euroRate(base, legs), AMOUNT_SCALE);
    return new ExchangeRate(base, quote, date, rate, rateDate, legs, reason, amount, result);
  }

  private static BigDecimal euroRate(String currency, List<Leg> legs) {
    if (currency.equals(EURO)) {
      return BigDecimal.ONE;
    }
    return legs.stream().filter(leg -> leg.quote().equals(currency)).findFirst().map(Leg::rate)
        .orElseThrow(() -> new IllegalArgumentException("no euro rate for " + currency + " among the legs"));
  }

  private static BigDecimal divided(BigDecimal dividend, BigDecimal divisor, int scale) {
    BigDecimal quotient = dividend.divide(divisor, scale, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return quotient.scale() < 0 ? quotient.setScale(0) : quotient; // 100, not 1E+2
  }
}
