package org.pmdc.hub.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeSet;
import org.pmdc.hub.canonical.RecordType;

/**
 * Seed 003's Quarterly Reporting Metrics of one company quarter in one currency view, each computed
 * from that view's financials by the rule {@code docs/metrics.md} gives it; a metric that cannot be
 * computed is null and {@code notAvailable} holds the reason. The quarter before is the one ending
 * three months earlier, a year before twelve; the last twelve months (LTM) are four contiguous
 * quarters.
 *
 * @param values every metric of {@link #METRICS}, null where not available
 * @param notAvailable the reason of each null metric
 */
public record QuarterMetrics(Map<String, BigDecimal> values, Map<String, String> notAvailable) {

  /** Seed 003's metrics, in its table's order. */
  public static final List<String> METRICS = RecordType.COMPANY_METRICS;

  private static final Map<String, String> FIGURE_LABELS = Map.of("totalRevenue", "total revenue",
      "recurringRevenue", "recurring revenue", "grossProfit", "gross profit", "debtOutstanding", "debt outstanding",
      "salesMarketingExpense", "sales and marketing expense", "totalOperatingExpense", "total operating expense",
      "ebitda", "EBITDA", "netIncome", "net income", "cashBurn", "cash burn", "cashBalance", "cash balance");

  /** A company quarter in the view: its financials and its headcount, which no exchange rate changes. */
  public record Quarter(LocalDate periodEnd, QuarterFinancials financials, Long employees) {}

  /** The company's reference data in the view's currency at the quarter end, or why it is not there. */
  public record Valuation(Figure postMoney, Figure equityRaised) {}

  /** The months whose quarters the metrics of {@code month} read: this one, and seven before for YoY of LTM. */
  public static Set<YearMonth> window(YearMonth month) {
    Set<YearMonth> months = new TreeSet<>();
    for (int back = 0; back <= 21; back += 3) {
      months.add(month.minusMonths(back));
    }
    return months;
  }

  /** The metrics of the quarter ending in {@code month}, from the company's quarters in one view. */
  public static QuarterMetrics of(NavigableMap<YearMonth, Quarter> quarters, YearMonth month, Valuation valuation) {
    return new Calculation(quarters, month, valuation).metrics();
  }

  /** The figures one quarter's metrics are made of, read from the series, each with its label. */
  private record Calculation(NavigableMap<YearMonth, Quarter> quarters, YearMonth month, Valuation valuation) {

    QuarterMetrics metrics() {
      Map<String, Figure> m = new LinkedHashMap<>();
      Figure revenue = figure(month, "totalRevenue", "this quarter");
      Figure grossProfit = figure(month, "grossProfit", "this quarter");
      Figure employees = employees(month, "this quarter");
      Figure debt = figure(month, "debtOutstanding", "this quarter");
      Figure cash = figure(month, "cashBalance", "this quarter");
      Figure burn = figure(month, "cashBurn", "this quarter");
      Figure enterpriseValue = valuation.postMoney().plus(debt).minus(cash);
      YearMonth before = month.minusMonths(3);
      YearMonth yearEarlier = month.minusMonths(12);
      Figure ltmRevenue = ltm(month, "totalRevenue");

      m.put("enterpriseValue", enterpriseValue);
      m.put("arr", figure(month, "recurringRevenue", "this quarter").times(4));
      m.put("recurringPercentageRevenue",
          figure(month, "recurringRevenue", "this quarter").ratioTo(revenue, "recurring % of revenue"));
      m.put("revenuePerFte", revenue.per(employees, "revenue per FTE"));
      m.put("grossProfitPerFte", grossProfit.per(employees, "gross profit per FTE"));
      m.put("employeeGrowthRate", employees.growthFrom(employees(before, "the quarter before"), "employee growth"));
      m.put("changeInCash", cash.minus(figure(before, "cashBalance", "the quarter before")));
      m.put("revenueGrowth", revenue.growthFrom(figure(before, "totalRevenue", "the quarter before"), "revenue growth"));
      m.put("monthlyCashBurn", burn.per(Figure.of("3 months", BigDecimal.valueOf(3)), "monthly cash burn"));
      // cash ÷ (burn ÷ 3), as cash × 3 ÷ burn: rounded once
      m.put("runwayMonths", burn.known() && burn.value().signum() <= 0
          ? Figure.missing("runway", "not burning cash: " + burn.label() + " is " + burn.value().toPlainString())
          : cash.times(3).ratioTo(burn, "runway"));
      m.put("evByEquityRaisedPlusDebt", enterpriseValue.ratioTo(valuation.equityRaised().plus(debt),
          "EV / (equity raised + debt)"));
      m.put("salesMarketingPercentageRevenue",
          figure(month, "salesMarketingExpense", "this quarter").ratioTo(revenue, "S&M % of revenue"));
      m.put("totalOperatingPercentageRevenue",
          figure(month, "totalOperatingExpense", "this quarter").ratioTo(revenue, "opex % of revenue"));
      m.put("grossProfitMargin", grossProfit.ratioTo(revenue, "gross margin"));
      m.put("valuationToRevenue", valuation.postMoney().ratioTo(revenue.times(4), "valuation / revenue"));
      m.put("yoyGrowthRevenue",
          revenue.growthFrom(figure(yearEarlier, "totalRevenue", "a year earlier"), "YoY revenue growth"));
      m.put("yoyGrowthProfit",
          grossProfit.growthFrom(figure(yearEarlier, "grossProfit", "a year earlier"), "YoY gross profit growth"));
      m.put("yoyGrowthEmployees",
          employees.growthFrom(employees(yearEarlier, "a year earlier"), "YoY employee growth"));
      m.put("yoyGrowthLtmRevenue", ltmRevenue.growthFrom(ltm(yearEarlier, "totalRevenue"), "YoY LTM revenue growth"));
      m.put("ltmTotalRevenue", ltmRevenue);
      m.put("ltmGrossProfit", ltm(month, "grossProfit"));
      m.put("ltmSalesMarketingExpense", ltm(month, "salesMarketingExpense"));
      m.put("ltmGrossMargin", ltm(month, "grossProfit").ratioTo(ltmRevenue, "LTM gross margin"));
      m.put("ltmOperatingExpense", ltm(month, "totalOperatingExpense"));
      m.put("ltmEbitda", ltm(month, "ebitda"));
      m.put("ltmNetIncome", ltm(month, "netIncome"));
      m.put("ltmEbitdaMargin", ltm(month, "ebitda").ratioTo(ltmRevenue, "LTM EBITDA margin"));
      m.put("ltmNetIncomeMargin", ltm(month, "netIncome").ratioTo(ltmRevenue, "LTM net income margin"));

      Map<String, BigDecimal> values = new LinkedHashMap<>();
      Map<String, String> notAvailable = new LinkedHashMap<>();
      m.forEach((metric, figure) -> {
        values.put(metric, figure.value());
        if (!figure.known()) {
          notAvailable.put(metric, figure.reason());
        }
      });
      return new QuarterMetrics(values, notAvailable);
    }

    /** A financial figure of the quarter ending in {@code at}; {@code role} says why it is read. */
    private Figure figure(YearMonth at, String name, String role) {
      Quarter quarter = quarters.get(at);
      if (quarter == null) {
        return noQuarter(FIGURE_LABELS.get(name), at, role);
      }
      String label = FIGURE_LABELS.get(name) + " of " + quarter.periodEnd();
      QuarterFinancials financials = quarter.financials();
      return Figure.of(label, financials.amounts().get(name),
          financials.reason() != null ? financials.reason() : label + " is not reported");
    }

    private Figure employees(YearMonth at, String role) {
      Quarter quarter = quarters.get(at);
      if (quarter == null) {
        return noQuarter("employees", at, role);
      }
      String label = "employees at " + quarter.periodEnd();
      return Figure.of(label, quarter.employees() == null ? null : BigDecimal.valueOf(quarter.employees()),
          label + " is not reported");
    }

    /** The sum over the four quarters ending in {@code last}, each of which must be held and report it. */
    private Figure ltm(YearMonth last, String name) {
      Figure sum = figure(last, name, "the last twelve months need four contiguous quarters");
      for (int back = 3; back <= 9; back += 3) {
        sum = sum.plus(figure(last.minusMonths(back), name, "the last twelve months need four contiguous quarters"));
      }
      String label = "LTM " + FIGURE_LABELS.get(name) + " to " + last;
      return Figure.of(label, sum.value(), sum.reason());
    }

    private static Figure noQuarter(String what, YearMonth at, String role) {
      return Figure.missing(what + " of " + at, "no quarter ending in " + at + " is held (" + role + ")");
    }
  }
}
