package org.pmdc.hub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.fx.ExchangeRate;

/** Seed 003's financials in a currency view, worked by hand from the published euro rates. */
class QuarterFinancialsTest {

  private static final LocalDate Q1_END = LocalDate.parse("2025-03-31");
  private static final Map<String, BigDecimal> NORTHWIND = Map.of(
      "totalRevenue", new BigDecimal("12500000.00"),
      "recurringRevenue", new BigDecimal("9800000.00"),
      "ebitda", new BigDecimal("-1300000.00"));

  /** USD into CAD through the euro: EUR→USD 1.0815 and EUR→CAD 1.5533 (row ids 7 and 9). */
  private static final ExchangeRate USD_CAD = new ExchangeRate("USD", "CAD", Q1_END, new BigDecimal("1.4362459547"),
      Q1_END, List.of(new ExchangeRate.Leg(7, "USD", new BigDecimal("1.0815"), Q1_END, 1, "ecb"),
          new ExchangeRate.Leg(9, "CAD", new BigDecimal("1.5533"), Q1_END, 1, "ecb")), null, null, null);

  @Test
  void theLocalViewIsTheReportedFiguresAtRateOne() {
    QuarterFinancials local = QuarterFinancials.local("USD", NORTHWIND);

    assertThat(local.currency()).isEqualTo("USD");
    assertThat(local.rate()).isEqualByComparingTo("1");
    assertThat(local.amounts().get("totalRevenue")).isEqualTo(new BigDecimal("12500000.00"));
    assertThat(local.fxRateIds()).isEmpty();
  }

  @Test
  void eachFigureIsConvertedFromThePublishedRatesAndRoundedOnceToSixPlaces() {
    QuarterFinancials cad = QuarterFinancials.converted("CAD", NORTHWIND, USD_CAD);

    // 12,500,000.00 × 1.5533 = 19,416,250.00; ÷ 1.0815 = 17,953,074.4336569...
    assertThat(cad.amounts().get("totalRevenue")).isEqualByComparingTo("17953074.433657");
    // 9,800,000.00 × 1.5533 = 15,222,340.00; ÷ 1.0815 = 14,075,210.3559870...
    assertThat(cad.amounts().get("recurringRevenue")).isEqualByComparingTo("14075210.355987");
    // A loss stays a loss: −1,300,000.00 × 1.5533 ÷ 1.0815 = −1,867,119.7411
    assertThat(cad.amounts().get("ebitda")).isEqualByComparingTo("-1867119.7411");
    assertThat(cad.rate()).isEqualByComparingTo("1.4362459547");
    assertThat(cad.localCurrency()).isEqualTo("USD");
    assertThat(cad.currency()).isEqualTo("CAD");
    assertThat(cad.fxRateIds()).containsExactly(7L, 9L);
  }

  @Test
  void aFigureTheCompanyDidNotReportStaysNullNotZero() {
    QuarterFinancials cad = QuarterFinancials.converted("CAD", NORTHWIND, USD_CAD);

    assertThat(cad.amounts()).containsKey("cashBalance");
    assertThat(cad.amounts().get("cashBalance")).isNull();
    assertThat(cad.amounts().keySet()).containsExactlyElementsOf(QuarterFinancials.FIGURES);
  }

  @Test
  void withoutARateEveryConvertedFigureIsNullWithTheReason() {
    ExchangeRate none = new ExchangeRate("AUD", "USD", Q1_END, null, null, List.of(),
        "the hub holds no rate for AUD", null, null);

    QuarterFinancials usd = QuarterFinancials.converted("USD", Map.of("totalRevenue", new BigDecimal("21750000.00")), none);

    assertThat(usd.amounts().get("totalRevenue")).isNull();
    assertThat(usd.rate()).isNull();
    assertThat(usd.reason()).isEqualTo("the hub holds no rate for AUD");
    assertThat(usd.localCurrency()).isEqualTo("AUD");
  }
}
