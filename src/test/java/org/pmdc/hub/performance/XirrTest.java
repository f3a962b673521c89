package org.pmdc.hub.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.performance.Xirr.CashFlow;

class XirrTest {

  @Test
  void microsoftsDocumentedExampleGivesExcelsAnswer() {
    // support.microsoft.com, "XIRR function": =XIRR(values, dates, 0.1) → 0.373362535 (37.34 %)
    Xirr.Result irr = Xirr.of(List.of(
        flow("2008-01-01", "-10000"), flow("2008-03-01", "2750"), flow("2008-10-30", "4250"),
        flow("2009-02-15", "3250"), flow("2009-04-01", "2750")));

    assertThat(irr.annualized().doubleValue()).isCloseTo(0.373362535, within(1e-7));
    assertThat(irr.reason()).isNull();
    assertThat(irr.days()).isEqualTo(456);
  }

  @Test
  void aYearApartTheRateIsTheGainAndTwoYearsApartItsSquareRoot() {
    // 1,100 ÷ 1,000 − 1 = 0.1 over 365 days
    assertThat(Xirr.of(List.of(flow("2021-01-01", "-1000"), flow("2022-01-01", "1100"))).annualized())
        .isEqualByComparingTo("0.1");
    // (1,210 ÷ 1,000)^(365 ÷ 730) − 1 = 1.1 − 1
    assertThat(Xirr.of(List.of(flow("2021-01-01", "-1000"), flow("2023-01-01", "1210"))).annualized())
        .isEqualByComparingTo("0.1");
    // A loss: 900 ÷ 1,000 − 1
    assertThat(Xirr.of(List.of(flow("2021-01-01", "-1000"), flow("2022-01-01", "900"))).annualized())
        .isEqualByComparingTo("-0.1");
  }

  @Test
  void theOrderOfTheFlowsGivenDoesNotMatterTheirDatesDo() {
    Xirr.Result irr = Xirr.of(List.of(flow("2022-01-01", "1100"), flow("2021-01-01", "-1000")));

    assertThat(irr.annualized()).isEqualByComparingTo("0.1");
  }

  @Test
  void flowsThatNeverChangeSignHaveNoRate() {
    Xirr.Result irr = Xirr.of(List.of(flow("2021-01-01", "-1000"), flow("2021-06-30", "-500")));

    assertThat(irr.annualized()).isNull();
    assertThat(irr.periodReturn()).isNull();
    assertThat(irr.reason()).startsWith("no sign change in the cash flows");
  }

  @Test
  void flowsWithTwoRatesOfReturnAreNotDefinedAndBothAreListed() {
    // −100 + 230 ÷ (1 + r) − 132 ÷ (1 + r)² = 0: with x = 1 ÷ (1 + r), 132x² − 230x + 100 = 0,
    // x = (230 ± 10) ÷ 264, so r = 264 ÷ 240 − 1 = 0.1 or 264 ÷ 220 − 1 = 0.2 (2021 and 2022 have 365 days)
    Xirr.Result irr = Xirr.of(List.of(flow("2021-01-01", "-100"), flow("2022-01-01", "230"),
        flow("2023-01-01", "-132")));

    assertThat(irr.annualized()).isNull();
    assertThat(irr.roots()).hasSize(2);
    assertThat(irr.roots().get(0).doubleValue()).isCloseTo(0.1, within(1e-9));
    assertThat(irr.roots().get(1).doubleValue()).isCloseTo(0.2, within(1e-9));
    assertThat(irr.reason()).contains("2 rates of return");
  }

  @Test
  void flowsWhoseValueNeverReachesZeroHaveNoRate() {
    // −100 + 50 ÷ (1 + r) − 100 ÷ (1 + r)²: with x = 1 ÷ (1 + r), −100 + 50x − 100x² < 0 for every x
    Xirr.Result irr = Xirr.of(List.of(flow("2021-01-01", "-100"), flow("2022-01-01", "50"),
        flow("2023-01-01", "-100")));

    assertThat(irr.annualized()).isNull();
    assertThat(irr.roots()).isEmpty();
    assertThat(irr.reason()).contains("does not reach 0");
  }

  @Test
  void underAYearTheRateIsNotAnnualisedAndThePeriodsReturnIsGiven() {
    // 181 days: (1 + r)^(181 ÷ 365) = 1,050 ÷ 1,000, so the period's return is 0.05
    Xirr.Result irr = Xirr.of(List.of(flow("2021-01-01", "-1000"), flow("2021-07-01", "1050")));

    assertThat(irr.annualized()).isNull();
    assertThat(irr.periodReturn()).isEqualByComparingTo("0.05");
    assertThat(irr.days()).isEqualTo(181);
    assertThat(irr.reason()).startsWith("not annualised: 181 days");
  }

  private static CashFlow flow(String date, String amount) {
    return new CashFlow(LocalDate.parse(date), new BigDecimal(amount));
  }
}
