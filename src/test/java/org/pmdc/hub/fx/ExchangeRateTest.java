package org.pmdc.hub.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values worked out by hand from the ECB's rates of 2025-03-31 (USD 1.0815, CAD 1.5533 per euro). */
class ExchangeRateTest {

  private static final LocalDate QUARTER_END = LocalDate.of(2025, 3, 31);
  private static final ExchangeRate.Leg USD = new ExchangeRate.Leg(1, "USD", new BigDecimal("1.0815"), QUARTER_END, 1, "ecb");
  private static final ExchangeRate.Leg CAD = new ExchangeRate.Leg(2, "CAD", new BigDecimal("1.5533"), QUARTER_END, 1, "ecb");

  @Test
  void aPairWithoutTheEuroIsCrossedThroughItAndRoundedOnceToTenPlaces() {
    // 1.5533 / 1.0815 = 1.43624595469255...
    ExchangeRate rate = ExchangeRate.of("USD", "CAD", QUARTER_END, List.of(USD, CAD));
    assertThat(rate.rate()).isEqualByComparingTo("1.4362459547");
    assertThat(rate.rateDate()).isEqualTo(QUARTER_END);
    assertThat(rate.reason()).isNull();
  }

  @Test
  void theEuroRateIsThePublishedOneAndItsInverseIsDividedOnce() {
    assertThat(ExchangeRate.of("EUR", "USD", QUARTER_END, List.of(USD)).rate()).isEqualByComparingTo("1.0815");
    // 1 / 1.0815 = 0.92464170134...
    assertThat(ExchangeRate.of("USD", "EUR", QUARTER_END, List.of(USD)).rate()).isEqualByComparingTo("0.9246417013");
    assertThat(ExchangeRate.of("EUR", "EUR", QUARTER_END, List.of()).rate()).isEqualByComparingTo("1");
    ExchangeRate same = ExchangeRate.of("USD", "USD", QUARTER_END, List.of()).converting(new BigDecimal("1250000.25"));
    assertThat(same.rate()).isEqualByComparingTo("1");
    assertThat(same.converted()).isEqualTo(new BigDecimal("1250000.25"));
  }

  @Test
  void anAmountIsConvertedFromThePublishedRatesNotFromTheRoundedCrossRate() {
    // 1,000,000 × 1.5533 / 1.0815 = 1,436,245.95469255... → 1436245.954693; the rounded rate would give 1436245.9547
    ExchangeRate converted = ExchangeRate.of("USD", "CAD", QUARTER_END, List.of(USD, CAD))
        .converting(new BigDecimal("1000000"));
    assertThat(converted.converted()).isEqualByComparingTo("1436245.954693");
    assertThat(converted.amount()).isEqualByComparingTo("1000000");
  }

  @Test
  void theRateDateIsTheOlderLegsAndAWholeResultIsWrittenPlainly() {
    ExchangeRate.Leg olderCad = new ExchangeRate.Leg(3, "CAD", new BigDecimal("1.5444"), QUARTER_END.minusDays(3), 1, "ecb");
    ExchangeRate rate = ExchangeRate.of("USD", "CAD", QUARTER_END, List.of(USD, olderCad));
    assertThat(rate.rateDate()).isEqualTo(QUARTER_END.minusDays(3));
    ExchangeRate.Leg jpy = new ExchangeRate.Leg(4, "JPY", new BigDecimal("160"), QUARTER_END, 1, "ecb");
    assertThat(ExchangeRate.of("EUR", "JPY", QUARTER_END, List.of(jpy)).converting(new BigDecimal("10")).converted()
        .toString()).isEqualTo("1600");
  }

  @Test
  void withoutARateNothingIsConverted() {
    ExchangeRate none = ExchangeRate.notAvailable("USD", "XYZ", QUARTER_END, "the hub holds no rate for XYZ")
        .converting(BigDecimal.TEN);
    assertThat(none.rate()).isNull();
    assertThat(none.converted()).isNull();
    assertThat(none.reason()).isEqualTo("the hub holds no rate for XYZ");
  }
}
