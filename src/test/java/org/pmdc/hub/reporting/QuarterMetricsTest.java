package org.pmdc.hub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.fx.ExchangeRate;

/** Seed 003's derived metrics, each rule and each case it is not defined, worked by hand. */
class QuarterMetricsTest {

  private static final QuarterMetrics.Valuation VALUATION = new QuarterMetrics.Valuation(
      Figure.of("post-money valuation", new BigDecimal("20000000.00")),
      Figure.of("equity raised", new BigDecimal("7500000.00")));

  private final NavigableMap<YearMonth, QuarterMetrics.Quarter> quarters = new TreeMap<>();

  @Test
  void everyMetricOfOneQuarterAndTheQuarterBefore() {
    quarter("2024-12-31", 32, "totalRevenue", "800000.00", "cashBalance", "4800000.00");
    quarter("2025-03-31", 40, "totalRevenue", "1000000.00", "recurringRevenue", "800000.00",
        "grossProfit", "600000.00", "salesMarketingExpense", "250000.00", "totalOperatingExpense", "900000.00",
        "ebitda", "-300000.00", "netIncome", "-350000.00", "cashBurn", "360000.00", "cashBalance", "4320000.00",
        "debtOutstanding", "500000.00");

    QuarterMetrics metrics = metricsOf("2025-03", VALUATION);

    // 20,000,000.00 post-money + 500,000.00 debt − 4,320,000.00 cash
    assertValue(metrics, "enterpriseValue", "16180000.00");
    assertValue(metrics, "arr", "3200000.00"); // 800,000.00 recurring × 4
    assertValue(metrics, "recurringPercentageRevenue", "0.8"); // 800,000 ÷ 1,000,000
    assertValue(metrics, "revenuePerFte", "25000"); // 1,000,000 ÷ 40
    assertValue(metrics, "grossProfitPerFte", "15000"); // 600,000 ÷ 40
    assertValue(metrics, "employeeGrowthRate", "0.25"); // (40 − 32) ÷ 32
    assertValue(metrics, "changeInCash", "-480000.00"); // 4,320,000 − 4,800,000
    assertValue(metrics, "revenueGrowth", "0.25"); // (1,000,000 − 800,000) ÷ 800,000
    assertValue(metrics, "monthlyCashBurn", "120000"); // 360,000 ÷ 3
    assertValue(metrics, "runwayMonths", "36"); // 4,320,000 ÷ 120,000 a month
    assertValue(metrics, "evByEquityRaisedPlusDebt", "2.0225"); // 16,180,000 ÷ (7,500,000 + 500,000)
    assertValue(metrics, "salesMarketingPercentageRevenue", "0.25");
    assertValue(metrics, "totalOperatingPercentageRevenue", "0.9");
    assertValue(metrics, "grossProfitMargin", "0.6");
    assertValue(metrics, "valuationToRevenue", "5"); // 20,000,000 ÷ (1,000,000 × 4)
    assertThat(metrics.values().keySet()).containsExactlyElementsOf(QuarterMetrics.METRICS);
  }

  @Test
  void withoutTheQuarterAYearEarlierOrFourContiguousQuartersYoyAndLtmAreNotAvailable() {
    quarter("2024-12-31", 32, "totalRevenue", "800000.00");
    quarter("2025-03-31", 40, "totalRevenue", "1000000.00");

    QuarterMetrics metrics = metricsOf("2025-03", VALUATION);

    assertReason(metrics, "yoyGrowthRevenue", "no quarter ending in 2024-03 is held (a year earlier)");
    assertReason(metrics, "yoyGrowthEmployees", "no quarter ending in 2024-03 is held (a year earlier)");
    assertReason(metrics, "ltmTotalRevenue", "no quarter ending in 2024-09 is held");
    assertReason(metrics, "ltmGrossMargin", "gross profit of 2025-03-31 is not reported");
  }

  @Test
  void ltmSumsFourContiguousQuartersAndYoyComparesTheSameQuarterAYearEarlier() {
    String[] ends = {"2023-06-30", "2023-09-30", "2023-12-31", "2024-03-31", "2024-06-30", "2024-09-30",
        "2024-12-31", "2025-03-31"};
    // quarter i (0: 2023-06-30) reports revenue (100 + 10i) thousand, gross profit (50 + 5i) thousand,
    // EBITDA −(20 − i) thousand, net income −(25 − i) thousand, and has 10 + i employees
    for (int i = 0; i < ends.length; i++) {
      quarter(ends[i], 10 + i, "totalRevenue", (100 + 10 * i) + "000.00", "grossProfit", (50 + 5 * i) + "000.00",
          "ebitda", "-" + (20 - i) + "000.00", "netIncome", "-" + (25 - i) + "000.00",
          "salesMarketingExpense", "30000.00", "totalOperatingExpense", "90000.00");
    }

    QuarterMetrics metrics = metricsOf("2025-03", VALUATION);

    // revenue 140,000 + 150,000 + 160,000 + 170,000 over 2024-06 .. 2025-03
    assertValue(metrics, "ltmTotalRevenue", "620000.00");
    assertValue(metrics, "ltmGrossProfit", "310000.00"); // 70,000 + 75,000 + 80,000 + 85,000
    assertValue(metrics, "ltmSalesMarketingExpense", "120000.00");
    assertValue(metrics, "ltmOperatingExpense", "360000.00");
    assertValue(metrics, "ltmEbitda", "-58000.00"); // −16,000 − 15,000 − 14,000 − 13,000
    assertValue(metrics, "ltmGrossMargin", "0.5"); // 310,000 ÷ 620,000
    // −58,000 ÷ 620,000 = −0.09354838709677... → 10 places, half-even
    assertValue(metrics, "ltmEbitdaMargin", "-0.0935483871");
    assertValue(metrics, "ltmNetIncome", "-78000.00"); // −21,000 − 20,000 − 19,000 − 18,000
    // −78,000 ÷ 620,000 = −0.12580645161290... → 10 places, half-even
    assertValue(metrics, "ltmNetIncomeMargin", "-0.1258064516");
    // 170,000 against 130,000 a year earlier: 40,000 ÷ 130,000 = 0.30769230769...
    assertValue(metrics, "yoyGrowthRevenue", "0.3076923077");
    // 85,000 against 65,000: 20,000 ÷ 65,000 = 0.30769230769...
    assertValue(metrics, "yoyGrowthProfit", "0.3076923077");
    assertValue(metrics, "yoyGrowthEmployees", "0.3076923077"); // 17 against 13: 4 ÷ 13
    // LTM revenue 620,000 against 100 + 110 + 120 + 130 = 460,000: 160,000 ÷ 460,000 = 0.347826086956...
    assertValue(metrics, "yoyGrowthLtmRevenue", "0.347826087");
  }

  @Test
  void growthFromABaseOfZeroOrLessIsNotDefined() {
    quarter("2024-03-31", 0, "totalRevenue", "0.00", "grossProfit", "-5000.00");
    quarter("2025-03-31", 12, "totalRevenue", "90000.00", "grossProfit", "20000.00");

    QuarterMetrics metrics = metricsOf("2025-03", VALUATION);

    assertReason(metrics, "yoyGrowthRevenue", "not defined: total revenue of 2024-03-31 is 0.00, not above 0");
    assertReason(metrics, "yoyGrowthProfit", "not defined: gross profit of 2024-03-31 is -5000.00, not above 0");
    assertReason(metrics, "yoyGrowthEmployees", "not defined: employees at 2024-03-31 is 0, not above 0");
  }

  @Test
  void aMarginOfNoRevenueAndAPerFteOfNoEmployeesAreNotDefined() {
    quarter("2025-03-31", 0, "totalRevenue", "0.00", "grossProfit", "0.00");

    QuarterMetrics metrics = metricsOf("2025-03", VALUATION);

    assertReason(metrics, "grossProfitMargin", "not defined: total revenue of 2025-03-31 is 0.00, not above 0");
    assertReason(metrics, "valuationToRevenue", "not defined: 4 × total revenue of 2025-03-31 is 0.00, not above 0");
    assertReason(metrics, "revenuePerFte", "not defined: employees at 2025-03-31 is 0, not above 0");
  }

  @Test
  void runwayIsGivenOnlyWhileTheCompanyBurnsCash() {
    quarter("2025-03-31", 20, "cashBurn", "-90000.00", "cashBalance", "1000000.00");

    QuarterMetrics metrics = metricsOf("2025-03", VALUATION);

    assertValue(metrics, "monthlyCashBurn", "-30000"); // −90,000 ÷ 3: generating cash
    assertReason(metrics, "runwayMonths", "not burning cash: cash burn of 2025-03-31 is -90000.00");
  }

  @Test
  void aFigureNotReportedIsNamedAndNeverTakenAsZero() {
    quarter("2025-03-31", 20, "cashBalance", "1000000.00");

    QuarterMetrics metrics = metricsOf("2025-03", VALUATION);

    assertReason(metrics, "enterpriseValue", "debt outstanding of 2025-03-31 is not reported");
    assertReason(metrics, "arr", "recurring revenue of 2025-03-31 is not reported");
    assertReason(metrics, "runwayMonths", "cash burn of 2025-03-31 is not reported");
    assertReason(metrics, "employeeGrowthRate", "no quarter ending in 2024-12 is held (the quarter before)");
  }

  @Test
  void withoutTheCompanysValuationEnterpriseValueAndItsMultiplesAreNotAvailable() {
    quarter("2025-03-31", 20, "totalRevenue", "90000.00", "debtOutstanding", "0.00", "cashBalance", "10.00");
    QuarterMetrics.Valuation unregistered = new QuarterMetrics.Valuation(
        Figure.missing("post-money valuation", "company NWR is not registered"),
        Figure.missing("equity raised", "company NWR is not registered"));

    QuarterMetrics metrics = metricsOf("2025-03", unregistered);

    assertReason(metrics, "enterpriseValue", "company NWR is not registered");
    assertReason(metrics, "evByEquityRaisedPlusDebt", "company NWR is not registered");
    assertReason(metrics, "valuationToRevenue", "company NWR is not registered");
    assertValue(metrics, "revenuePerFte", "4500"); // the rest is computed: 90,000 ÷ 20
  }

  @Test
  void inAViewWithoutARateEveryAmountMetricGivesTheRatesReasonButHeadcountGrowthStands() {
    String noRate = "the hub holds no rate for AUD";
    quarters.put(YearMonth.of(2024, 12), new QuarterMetrics.Quarter(LocalDate.parse("2024-12-31"),
        withoutRate(noRate), 10L));
    quarters.put(YearMonth.of(2025, 3), new QuarterMetrics.Quarter(LocalDate.parse("2025-03-31"),
        withoutRate(noRate), 12L));

    QuarterMetrics metrics = metricsOf("2025-03", VALUATION);

    assertReason(metrics, "arr", noRate);
    assertReason(metrics, "ltmTotalRevenue", noRate);
    assertValue(metrics, "employeeGrowthRate", "0.2"); // (12 − 10) ÷ 10
  }

  @Test
  void theWindowIsTheQuarterAndTheSevenBeforeIt() {
    assertThat(QuarterMetrics.window(YearMonth.of(2025, 3))).containsExactly(YearMonth.of(2023, 6),
        YearMonth.of(2023, 9), YearMonth.of(2023, 12), YearMonth.of(2024, 3), YearMonth.of(2024, 6),
        YearMonth.of(2024, 9), YearMonth.of(2024, 12), YearMonth.of(2025, 3));
  }

  @Test
  void theApiNamesEveryMetricAndNoOther() {
    assertThat(Arrays.stream(CompanyApiBodies.MetricValues.class.getRecordComponents()).map(RecordComponent::getName))
        .containsExactlyElementsOf(QuarterMetrics.METRICS);
  }

  private void quarter(String periodEnd, long employees, String... figures) {
    Map<String, BigDecimal> reported = new HashMap<>();
    for (int i = 0; i < figures.length; i += 2) {
      reported.put(figures[i], new BigDecimal(figures[i + 1]));
    }
    LocalDate end = LocalDate.parse(periodEnd);
    quarters.put(YearMonth.from(end), new QuarterMetrics.Quarter(end, QuarterFinancials.local("USD", reported),
        employees));
  }

  private static QuarterFinancials withoutRate(String reason) {
    LocalDate end = LocalDate.parse("2025-03-31");
    return QuarterFinancials.converted("USD", Map.of("totalRevenue", new BigDecimal("100.00")),
        new ExchangeRate("AUD", "USD", end, null, null, List.of(), reason, null, null));
  }

  private QuarterMetrics metricsOf(String month, QuarterMetrics.Valuation valuation) {
    return QuarterMetrics.of(quarters, YearMonth.parse(month), valuation);
  }

  private static void assertValue(QuarterMetrics metrics, String metric, String expected) {
    assertThat(metrics.notAvailable().get(metric)).as(metric).isNull();
    assertThat(metrics.values().get(metric)).as(metric).isEqualByComparingTo(expected);
  }

  private static void assertReason(QuarterMetrics metrics, String metric, String reason) {
    assertThat(metrics.values().get(metric)).as(metric).isNull();
    assertThat(metrics.notAvailable().get(metric)).as(metric).contains(reason);
  }
}
