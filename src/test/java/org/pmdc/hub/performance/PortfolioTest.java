package org.pmdc.hub.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.performance.CapitalPosition.Source;
import org.pmdc.hub.performance.Portfolio.Holding;

class PortfolioTest {

  private static final LocalDate JUNE = LocalDate.parse("2026-06-30");
  private static final LocalDate SEPTEMBER = LocalDate.parse("2026-09-30");

  private static final List<Holding> SCHEDULES = List.of(
      holding(JUNE, "NWR", "12000000", "15000000", "0", 1),
      holding(SEPTEMBER, "NWR", "12000000", "18500000", "0", 2),
      holding(SEPTEMBER, "NWR", "2500000", "2575000", "0", 2),
      holding(SEPTEMBER, "BLV", "9000000", "7200000", "1250000", 2),
      holding(SEPTEMBER, "ZRO", "0", "0", "0", 2));

  @Test
  void theLatestScheduleOnOrBeforeTheDateGivesTheFundsAndEachCompanysMultiple() {
    Portfolio portfolio = Portfolio.of(SCHEDULES, LocalDate.parse("2026-12-31"));

    assertThat(portfolio.scheduleDate()).isEqualTo(SEPTEMBER);
    assertThat(portfolio.capitalDeployed().value()).isEqualByComparingTo("23500000"); // 12 M + 2.5 M + 9 M
    assertThat(portfolio.unrealizedValue().value()).isEqualByComparingTo("28275000");
    assertThat(portfolio.realizedValue().value()).isEqualByComparingTo("1250000");
    // (1,250,000 + 28,275,000) ÷ 23,500,000 = 1.256382978723…
    assertThat(portfolio.grossMoic().value()).isEqualByComparingTo("1.2563829787");
    assertThat(portfolio.companies()).extracting(Portfolio.CompanyMultiple::companyId).containsExactly("NWR", "BLV", "ZRO");
    // NWR's two instruments: 21,075,000 ÷ 14,500,000 = 1.45344827586…
    assertThat(portfolio.companies().get(0).grossMoic().value()).isEqualByComparingTo("1.4534482759");
    // BLV: (1,250,000 + 7,200,000) ÷ 9,000,000
    assertThat(portfolio.companies().get(1).grossMoic().value()).isEqualByComparingTo("0.9388888889");
    assertThat(portfolio.companies().get(2).grossMoic().reason()).isEqualTo("not defined: the cost of ZRO is 0, not above 0");
    assertThat(portfolio.source()).contains(new Source(2, 1));
  }

  @Test
  void beforeAnyScheduleThereIsNoPortfolioFigure() {
    Portfolio portfolio = Portfolio.of(SCHEDULES, LocalDate.parse("2026-03-31"));

    assertThat(portfolio.capitalDeployed().value()).isNull();
    assertThat(portfolio.grossMoic().reason()).isEqualTo("no schedule of investments on or before 2026-03-31");
    assertThat(portfolio.companies()).isEmpty();
  }

  private static Holding holding(LocalDate date, String company, String cost, String fairValue, String realized,
      long record) {
    return new Holding(date, company, company + " Inc.", new BigDecimal(cost), new BigDecimal(fairValue),
        new BigDecimal(realized), "held", new Source(record, 1));
  }
}
