package org.pmdc.hub.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.performance.PortfolioAnalytics.Company;
import org.pmdc.hub.reporting.Figure;

class PortfolioAnalyticsTest {

  // Keystone's sample schedule: NWR cost 14,500,000, fair value 21,075,000; BLV 9,000,000, 7,200,000
  // and 1,250,000 realised; KOA 6,500,000 and 9,100,000.
  private static final Company NWR = new Company("NWR", "active", "Software", "Series B", amount("40000000"),
      amount("0.1"), amount("466666.666667"), amount("32.57"), amount("0.6"), amount("466666.666667"),
      position("NWR", "14500000", "21075000", "0"));
  private static final Company BLV = new Company("BLV", "exited", "Healthcare", null, amount("30000000"),
      amount("0.05"), null, null, amount("0.6"), null, position("BLV", "9000000", "7200000", "1250000"));
  private static final Company KOA = new Company("KOA", "active", "Logistics", "Series A", null, amount("-0.02"),
      amount("600000"), amount("4"), amount("0.3"), amount("650000"), position("KOA", "6500000", "9100000", "0"));
  private static final Company UNREGISTERED = new Company("ZZZ", null, null, null, null, null, null, null, null, null,
      null);

  @Test
  void theFundsCompaniesAreCountedSummedAveragedAndTheirMediansTaken() {
    PortfolioAnalytics analytics = PortfolioAnalytics.of(List.of(NWR, BLV, KOA, UNREGISTERED));

    assertThat(analytics.byStatus()).isEqualTo(Map.of("active", 2, "exited", 1, "not registered", 1));
    assertThat(analytics.bySector()).containsEntry("not given", 1).containsEntry("Software", 1);
    assertThat(analytics.ttmRevenue().value().value()).isEqualByComparingTo("70000000"); // NWR + BLV; KOA has no LTM
    assertThat(analytics.ttmRevenue().companies()).isEqualTo(2);
    // (0.1 + 0.05 − 0.02) ÷ 3
    assertThat(analytics.averageGrowth().value().value()).isEqualByComparingTo("0.0433333333");
    // the mean of the two middle burns: (466,666.666667 + 600,000) ÷ 2
    assertThat(analytics.medianMonthlyBurn().value().value()).isEqualByComparingTo("533333.3333335");
    assertThat(analytics.averageRunwayMonths().value().value()).isEqualByComparingTo("18.285"); // (32.57 + 4) ÷ 2
    assertThat(analytics.medianGrossMargin().value().value()).isEqualByComparingTo("0.6"); // of 0.3, 0.6, 0.6
    assertThat(analytics.atRisk()).containsExactly("KOA"); // runway 4 < 6 months
    assertThat(analytics.highBurn()).containsExactly("KOA"); // 650,000 USD > 500,000
  }

  @Test
  void concentrationAndTheTopPerformerComeFromTheScheduleOfInvestments() {
    PortfolioAnalytics analytics = PortfolioAnalytics.of(List.of(NWR, BLV, KOA));

    // 21,075,000 ÷ 37,375,000
    assertThat(analytics.topCompanyWeight().value()).isEqualByComparingTo("0.5638795987");
    assertThat(analytics.topThreeWeight().value()).isEqualByComparingTo("1");
    // (21,075,000² + 9,100,000² + 7,200,000²) ÷ 37,375,000² = 578.805625 ÷ 1,396.890625
    assertThat(analytics.herfindahlIndex().value()).isEqualByComparingTo("0.4143528596");
    // gains 6,575,000, −550,000, 2,600,000: 6,575,000 ÷ 8,625,000
    assertThat(analytics.topPerformerShare().value()).isEqualByComparingTo("0.7623188406");
    assertThat(analytics.rankings()).extracting(r -> r.rank() + " " + r.company())
        .containsExactly("1 NWR", "2 KOA", "3 BLV");
  }

  @Test
  void withoutAScheduleOrAFigureTheAggregateIsNotAvailable() {
    PortfolioAnalytics analytics = PortfolioAnalytics.of(List.of(UNREGISTERED));

    assertThat(analytics.topCompanyWeight().reason()).startsWith("no schedule of investments");
    assertThat(analytics.topPerformerShare().known()).isFalse();
    assertThat(analytics.ttmRevenue().value().reason()).isEqualTo("no company of the fund gives it for its latest quarter");
    assertThat(analytics.rankings()).isEmpty();
  }

  private static Portfolio.CompanyMultiple position(String company, String cost, String fairValue, String realized) {
    BigDecimal moicValue = amount(realized).add(amount(fairValue));
    Figure moic = Figure.of("value", moicValue).ratioTo(Figure.of("cost", amount(cost)), "gross MOIC");
    return new Portfolio.CompanyMultiple(company, company, "held", amount(cost), amount(fairValue), amount(realized),
        moic);
  }

  private static BigDecimal amount(String text) {
    return new BigDecimal(text);
  }
}
