package org.pmdc.hub.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.cohorts.CohortCashflows.Cohort;
import org.pmdc.hub.cohorts.CohortCashflows.PaymentMonth;
import org.pmdc.hub.cohorts.CohortCashflows.Period;
import org.pmdc.hub.cohorts.CohortCashflows.Spend;
import org.pmdc.hub.cohorts.CohortCashflows.Threshold;
import org.pmdc.hub.cohorts.CohortCashflows.Trade;

/** Hand-worked cohorts: each expected figure is worked out in the comment above it. */
class CohortCashflowsTest {

  private static final YearMonth JAN = YearMonth.of(2025, 1);

  @Test
  void aCohortHittingItsCapInAnActualMonthCollectsOnlyWhatIsLeftAndIsNotPredictedFurther() {
    // spend 1,000, 50 % up to 600; payments 400, 500, 600 in Jan, Feb, Mar.
    Cohort cohort = one(List.of(new Spend(JAN, amount("1000"))), trade("0.5", "600"), List.of(),
        List.of(paid(0, "400", 3), paid(1, "500", 2), paid(2, "600", 4)), Optional.of(amount("0.1")));

    // collected 200 (cumulative 200), 250 (450), then min(300, 600 − 450) = 150: the cap, in period 2.
    assertThat(cohort.periods()).extracting(p -> p.collection().collected())
        .usingElementComparator(BigDecimal::compareTo).containsExactly(amount("200"), amount("250"), amount("150"));
    assertThat(cohort.periods()).extracting(p -> p.collection().capped()).containsExactly(false, false, true);
    assertThat(cohort.periods()).as("capped: nothing left to predict").noneMatch(Period::predicted);
    assertThat(cohort.capped()).isTrue();
    assertThat(cohort.cumulativeCollected()).isEqualByComparingTo("600");
    assertThat(cohort.cumulativePayment()).isEqualByComparingTo("1500");
    assertThat(cohort.periods().get(1).paymentCount()).isEqualTo(2);
    // 500 ÷ 1,000
    assertThat(cohort.periods().get(1).paymentPercentOfSpend()).isEqualByComparingTo("0.5");
    // flows −800, +250, +150: 150x² + 250x − 800 = 0 with x = 1 ÷ (1 + m), x = (−250 + √542,500) ÷ 300.
    double x = (-250 + Math.sqrt(542_500)) / 300;
    assertThat(cohort.irr().monthly().doubleValue()).isCloseTo(1 / x - 1, within(1e-9));
    assertThat(cohort.irr().annualized()).as("2 months: not annualised").isNull();
    assertThat(cohort.irr().reason()).contains("2 months", "under a year");
  }

  @Test
  void aCohortCappedInAPredictedMonthStopsThere() {
    // spend 1,000, 50 % up to 350; paid 400 and 200: collected 200 and 100 (300).
    // churn 0.5: period 2 predicted 200 × 0.5 = 100, collecting min(50, 350 − 300) = 50: capped.
    Cohort cohort = one(List.of(new Spend(JAN, amount("1000"))), trade("0.5", "350"), List.of(),
        List.of(paid(0, "400", 1), paid(1, "200", 1)), Optional.of(amount("0.5")));

    assertThat(cohort.periods()).hasSize(3);
    Period predicted = cohort.periods().get(2);
    assertThat(predicted.predicted()).isTrue();
    assertThat(predicted.month()).isEqualTo(YearMonth.of(2025, 3));
    assertThat(predicted.payment()).isEqualByComparingTo("100");
    assertThat(predicted.paymentCount()).isZero();
    assertThat(predicted.collection().collected()).isEqualByComparingTo("50");
    assertThat(predicted.collection().capped()).isTrue();
    assertThat(cohort.periods().get(1).predicted()).as("the last actual month is actual").isFalse();
    assertThat(cohort.cumulativeCollected()).isEqualByComparingTo("350");
  }

  @Test
  void aPaymentBelowItsPeriodsThresholdIsCollectedWhole() {
    // spend 1,000, 50 %, thresholds 20 % in period 0 and 30 % in period 1 (expected 200 and 300).
    // 400 ≥ 200: 50 % → 200; 200 < 300: failed, 100 % → 200; 300 without a threshold: 50 % → 150.
    Cohort cohort = one(List.of(new Spend(JAN, amount("1000"))), trade("0.5", "10000"),
        List.of(new Threshold(0, amount("0.2")), new Threshold(1, amount("0.3"))),
        List.of(paid(0, "400", 1), paid(1, "200", 1), paid(2, "300", 1)), Optional.empty());

    var failed = cohort.periods().get(1).collection();
    assertThat(failed.thresholdFailed()).isTrue();
    assertThat(failed.thresholdExpectedPayment()).isEqualByComparingTo("300");
    assertThat(failed.shareApplied()).isEqualByComparingTo("1");
    assertThat(failed.collected()).isEqualByComparingTo("200");
    assertThat(cohort.periods().get(0).collection().thresholdFailed()).isFalse();
    assertThat(cohort.periods().get(2).collection().thresholdMinimum()).isNull();
    assertThat(cohort.cumulativeCollected()).isEqualByComparingTo("550");
    assertThat(cohort.capped()).isFalse();
  }

  @Test
  void aPaymentExactlyAtTheThresholdMeetsIt() {
    // 300 = 30 % × 1,000: not below, so the sharing percentage applies.
    Cohort cohort = one(List.of(new Spend(JAN, amount("1000.00"))), trade("0.25", "10000"),
        List.of(new Threshold(0, amount("0.3"))), List.of(paid(0, "300.00", 1)), Optional.empty());

    assertThat(cohort.periods().get(0).collection().thresholdFailed()).isFalse();
    assertThat(cohort.periods().get(0).collection().collected()).isEqualByComparingTo("75");
  }

  @Test
  void aFundedCohortWithoutPaymentsHasNoPeriodsAndNoIrr() {
    Cohort cohort = one(List.of(new Spend(JAN, amount("1000"))), trade("0.5", "600"), List.of(), List.of(),
        Optional.of(amount("0.1")));

    assertThat(cohort.periods()).isEmpty();
    assertThat(cohort.funded()).isTrue();
    assertThat(cohort.cumulativeCollected()).isEqualByComparingTo("0");
    assertThat(cohort.irr().annualized()).isNull();
    assertThat(cohort.irr().reason()).contains("no sign change");
  }

  @Test
  void withChurnZeroTheLastPaymentRepeatsToPeriod35() {
    // paid 100 in the cohort month; churn 0: 100 in each of periods 1..35; 50 % collected, 36 × 50 = 1,800.
    Cohort cohort = one(List.of(new Spend(JAN, amount("1000"))), trade("0.5", "100000"), List.of(),
        List.of(paid(0, "100", 5)), Optional.of(BigDecimal.ZERO));

    assertThat(cohort.periods()).hasSize(CohortCashflows.PREDICTED_PERIODS);
    assertThat(cohort.periods().get(35).month()).isEqualTo(YearMonth.of(2027, 12));
    assertThat(cohort.periods().subList(1, 36)).allMatch(p -> p.predicted() && p.payment().compareTo(amount("100")) == 0);
    assertThat(cohort.cumulativeCollected()).isEqualByComparingTo("1800");
    // flows −950 in month 0 and 50 in months 1..35: the monthly rate makes their present value 0,
    // and the annual rate is (1 + monthly)^12 − 1.
    double monthly = cohort.irr().monthly().doubleValue();
    double npv = -950;
    for (int month = 1; month <= 35; month++) {
      npv += 50 / Math.pow(1 + monthly, month);
    }
    assertThat(npv).isCloseTo(0, within(1e-5));
    assertThat(cohort.irr().annualized().doubleValue()).isCloseTo(Math.pow(1 + monthly, 12) - 1, within(1e-9));
    assertThat(cohort.irr().months()).isEqualTo(35);
  }

  @Test
  void withChurnOneThePaymentsStopAfterOnePredictedMonthOfNothing() {
    Cohort cohort = one(List.of(new Spend(JAN, amount("1000"))), trade("0.5", "100000"), List.of(),
        List.of(paid(0, "100", 1), paid(1, "80", 1)), Optional.of(BigDecimal.ONE));

    assertThat(cohort.periods()).hasSize(3);
    assertThat(cohort.periods().get(2).predicted()).isTrue();
    assertThat(cohort.periods().get(2).payment()).isEqualByComparingTo("0");
    assertThat(cohort.cumulativeCollected()).isEqualByComparingTo("90");
  }

  @Test
  void theIrrOfAYearIsAnnualisedAndOfLessIsThePeriodsReturn() {
    // 100 % of 1,100 paid in month 12 for 1,000 spent: (1 + m)^12 = 1.1, an annual 10 %.
    Cohort year = one(List.of(new Spend(JAN, amount("1000"))), trade("1", "100000"), List.of(),
        List.of(paid(12, "1100", 1)), Optional.empty());
    // 1,210 in month 2 for 1,000: (1 + m)² = 1.21, m = 10 % a month, 21 % over the two months.
    Cohort twoMonths = one(List.of(new Spend(JAN, amount("1000"))), trade("1", "100000"), List.of(),
        List.of(paid(2, "1210", 1)), Optional.empty());

    assertThat(year.irr().annualized()).isEqualByComparingTo("0.1");
    assertThat(year.periods()).as("months without payments are periods of 0").hasSize(13);
    assertThat(year.periods().get(5).payment()).isEqualByComparingTo("0");
    assertThat(twoMonths.irr().monthly()).isEqualByComparingTo("0.1");
    assertThat(twoMonths.irr().periodReturn()).isEqualByComparingTo("0.21");
    assertThat(twoMonths.irr().annualized()).isNull();
  }

  @Test
  void cohortsWithoutATradeOrWithoutASpendAreNotFundedAndSaySo() {
    List<Cohort> cohorts = CohortCashflows.of(List.of(new Spend(JAN, amount("500")), new Spend(JAN.plusMonths(2), amount("0"))),
        List.of(new Trade(7, JAN.plusMonths(1), amount("0.5"), amount("100")), new Trade(8, JAN.plusMonths(2), amount("0.5"), amount("100"))),
        List.of(), List.of(new PaymentMonth(JAN, JAN.plusMonths(1), amount("50"), 2),
            new PaymentMonth(JAN.plusMonths(1), JAN.plusMonths(1), amount("10"), 1)), Optional.of(amount("0.2")));

    assertThat(cohorts).extracting(Cohort::cohort).containsExactly(JAN, JAN.plusMonths(1), JAN.plusMonths(2));
    Cohort unfunded = cohorts.get(0);
    assertThat(unfunded.funded()).isFalse();
    assertThat(unfunded.periods()).extracting(Period::payment).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(amount("0"), amount("50"));
    assertThat(unfunded.periods()).as("no predictions for a cohort the fund did not finance").noneMatch(Period::predicted);
    assertThat(unfunded.periods().get(1).paymentPercentOfSpend()).isEqualByComparingTo("0.1");
    assertThat(cohorts.get(1).note()).contains("trade 7 has no spend");
    assertThat(cohorts.get(1).periods().get(0).paymentPercentOfSpend()).isNull();
    assertThat(cohorts.get(2).note()).contains("the spend is 0");
  }

  @Test
  void aChurnOutsideZeroToOneAndAPaymentBeforeItsCohortAreRefused() {
    assertThatThrownBy(() -> CohortCashflows.of(List.of(), List.of(), List.of(), List.of(), Optional.of(amount("1.5"))))
        .hasMessageContaining("from 0 to 1");
    assertThatThrownBy(() -> CohortCashflows.of(List.of(), List.of(), List.of(),
        List.of(new PaymentMonth(JAN, JAN.minusMonths(1), amount("1"), 1)), Optional.empty()))
        .hasMessageContaining("precede their cohort month");
  }

  private static Cohort one(List<Spend> spends, Trade trade, List<Threshold> thresholds, List<PaymentMonth> payments,
      Optional<BigDecimal> churn) {
    List<Cohort> cohorts = CohortCashflows.of(spends, List.of(trade), thresholds, payments, churn);
    assertThat(cohorts).hasSize(1);
    return cohorts.get(0);
  }

  private static Trade trade(String share, String cap) {
    return new Trade(1, JAN, amount(share), amount(cap));
  }

  private static PaymentMonth paid(int period, String amount, long count) {
    return new PaymentMonth(JAN, JAN.plusMonths(period), amount(amount), count);
  }

  private static BigDecimal amount(String value) {
    return new BigDecimal(value);
  }
}
