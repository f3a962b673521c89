package org.pmdc.hub.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.performance.CapitalPosition.Call;
import org.pmdc.hub.performance.CapitalPosition.Distribution;
import org.pmdc.hub.performance.CapitalPosition.Source;
import org.pmdc.hub.performance.CapitalPosition.Statement;

/**
 * One LP of 1,000,000 committed: called 250,000 (due 2022-01-15) and 150,000 (2022-07-15), paid
 * 60,000 gross on 2023-03-31 (10,000 of it recallable), with statements at 2022-12-31 (NAV
 * 420,000) and 2023-06-30 (NAV 380,000).
 */
class PerformanceTest {

  private static final Call FIRST_CALL = new Call(date("2022-01-15"), amount("250000"), amount("1000000"), source(1));
  private static final Call SECOND_CALL = new Call(date("2022-07-15"), amount("150000"), null, source(2));
  private static final Distribution DISTRIBUTION =
      new Distribution(date("2023-03-31"), amount("60000"), amount("10000"), source(3));
  private static final Statement YEAR_END =
      new Statement(date("2022-12-31"), amount("420000"), amount("15000"), amount("0"), amount("1000000"), source(4));
  private static final Statement MID_YEAR =
      new Statement(date("2023-06-30"), amount("380000"), amount("22500"), amount("4000"), amount("1000000"), source(5));
  private static final CapitalPosition LP = new CapitalPosition(List.of(FIRST_CALL, SECOND_CALL), List.of(DISTRIBUTION),
      List.of(YEAR_END, MID_YEAR));

  @Test
  void betweenStatementsTheNavIsTheLastOneRolledForwardByTheFlowsSince() {
    Performance p = Performance.of(LP, date("2023-03-31"));

    assertThat(p.called().value()).isEqualByComparingTo("400000");
    assertThat(p.distributed().value()).isEqualByComparingTo("60000");
    assertThat(p.committed().value()).isEqualByComparingTo("1000000");
    // 1,000,000 − 400,000 + 10,000 recallable
    assertThat(p.unfunded().value()).isEqualByComparingTo("610000");
    // 420,000 at 2022-12-31, less the 60,000 paid since
    assertThat(p.nav().value()).isEqualByComparingTo("360000");
    assertThat(p.navStatementDate()).isEqualTo(date("2022-12-31"));
    assertThat(p.tvpi().value()).isEqualByComparingTo("1.05"); // (60,000 + 360,000) ÷ 400,000
    assertThat(p.dpi().value()).isEqualByComparingTo("0.15"); // 60,000 ÷ 400,000
    assertThat(p.rvpi().value()).isEqualByComparingTo("0.9"); // 360,000 ÷ 400,000
    assertThat(p.pic().value()).isEqualByComparingTo("0.4"); // 400,000 ÷ 1,000,000
    assertThat(p.managementFeesPaid().value()).isEqualByComparingTo("15000");
    assertThat(p.sources()).containsExactly(source(1), source(2), source(3), source(4));
  }

  @Test
  void theIrrDiscountsTheFlowsAndTheNavToZero() {
    double r = Performance.of(LP, date("2023-03-31")).irr().annualized().doubleValue();

    // −250,000 at day 0, −150,000 at day 181, +60,000 + 360,000 at day 440 (actual/365)
    double npv = -250000 - 150000 / Math.pow(1 + r, 181 / 365.0) + 420000 / Math.pow(1 + r, 440 / 365.0);
    assertThat(npv).isCloseTo(0, within(0.01));
    assertThat(r).isCloseTo(0.0489519873, within(1e-9)); // bisection of the same equation by hand (docs/metrics.md)
  }

  @Test
  void onAStatementDateTheNavIsTheStatementsAndFlowsAfterTheAsOfDateDoNotCount() {
    Performance p = Performance.of(LP, date("2023-06-30"));
    assertThat(p.nav().value()).isEqualByComparingTo("380000");
    assertThat(p.carriedInterestAccrued().value()).isEqualByComparingTo("4000");
    assertThat(p.managementFeesPaid().value()).isEqualByComparingTo("22500");

    Performance before = Performance.of(LP, date("2022-06-30"));
    assertThat(before.called().value()).isEqualByComparingTo("250000");
    assertThat(before.distributed().value()).isEqualByComparingTo("0");
    assertThat(before.committed().value()).as("the call states it").isEqualByComparingTo("1000000");
    assertThat(before.nav().value()).isNull();
    assertThat(before.nav().reason()).isEqualTo("no capital account statement on or before 2022-06-30 gives an ending NAV");
    assertThat(before.tvpi().reason()).isEqualTo(before.nav().reason());
    assertThat(before.dpi().value()).isEqualByComparingTo("0");
    assertThat(before.irr().annualized()).isNull();
    assertThat(before.irr().reason()).isEqualTo(before.nav().reason());
  }

  @Test
  void withNothingPaidInTheMultiplesAreNotDefined() {
    Performance p = Performance.of(new CapitalPosition(List.of(), List.of(), List.of(YEAR_END)), date("2022-12-31"));

    assertThat(p.dpi().value()).isNull();
    assertThat(p.dpi().reason()).isEqualTo("not defined: paid-in capital is 0, not above 0");
    assertThat(p.tvpi().reason()).isEqualTo("not defined: paid-in capital is 0, not above 0");
    assertThat(p.pic().value()).isEqualByComparingTo("0");
    assertThat(p.irr().reason()).startsWith("no sign change");
  }

  @Test
  void theFundsFiguresAreItsInvestorsTogether() {
    // A second LP of 500,000: called 125,000 with the first; its line of the year-end statement says 210,000.
    CapitalPosition second = new CapitalPosition(
        List.of(new Call(date("2022-01-15"), amount("125000"), amount("500000"), source(1))), List.of(),
        List.of(new Statement(date("2022-12-31"), amount("210000"), amount("7500"), amount("0"), amount("500000"),
            source(4))));

    Performance fund = Performance.ofFund(Map.of("LP-A", LP, "LP-B", second), List.of(), date("2022-12-31"));

    assertThat(fund.called().value()).isEqualByComparingTo("525000"); // 250,000 + 150,000 + 125,000
    assertThat(fund.committed().value()).isEqualByComparingTo("1500000");
    assertThat(fund.nav().value()).isEqualByComparingTo("630000"); // 420,000 + 210,000
    assertThat(fund.managementFeesPaid().value()).isEqualByComparingTo("22500");
    assertThat(fund.tvpi().value()).isEqualByComparingTo("1.2"); // 630,000 ÷ 525,000
    assertThat(fund.pic().value()).isEqualByComparingTo("0.35"); // 525,000 ÷ 1,500,000

    CapitalPosition unknownCommitment = new CapitalPosition(
        List.of(new Call(date("2022-01-15"), amount("125000"), null, source(1))), List.of(), List.of());
    Performance withoutIt = Performance.ofFund(Map.of("LP-A", LP, "LP-C", unknownCommitment), List.of(), date("2022-06-30"));
    assertThat(withoutIt.committed().reason())
        .isEqualTo("investor LP-C: no capital account statement or capital call on or before 2022-06-30 states the"
            + " commitment");
    assertThat(withoutIt.pic().reason()).isEqualTo(withoutIt.committed().reason());
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  private static BigDecimal amount(String text) {
    return new BigDecimal(text);
  }

  private static Source source(long noticeId) {
    return new Source(noticeId, 1);
  }
}
