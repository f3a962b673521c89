package org.pmdc.hub.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.pmdc.hub.reporting.Figure;

/**
 * Seed 004's portfolio aggregations for a fund as of a date: its companies by status, sector and
 * stage; their latest reported quarter's figures (in the fund's currency) summed, averaged or
 * their median; the companies at risk (runway under 6 months) and burning over 500,000 USD a
 * month; the concentration of its fair value (top 1, top 3, Herfindahl) and the top performer's
 * share of the value gained; the companies ranked by gross MOIC. Each aggregate says over how many
 * companies it was taken; one no company gives is null with the reason.
 */
public record PortfolioAnalytics(Map<String, Integer> byStatus, Map<String, Integer> bySector,
    Map<String, Integer> byStage, Aggregate ttmRevenue, Aggregate averageGrowth, Aggregate medianMonthlyBurn,
    Aggregate averageRunwayMonths, Aggregate medianGrossMargin, List<String> atRisk, List<String> highBurn,
    Figure topCompanyWeight, Figure topThreeWeight, Figure herfindahlIndex, Figure topPerformerShare,
    List<Ranked> rankings) {

  /** Runway below this many months puts a company at risk (seed 004). */
  static final BigDecimal AT_RISK_RUNWAY = new BigDecimal("6");
  /** A monthly burn above this, in USD, is high (seed 004). */
  static final BigDecimal HIGH_BURN_USD = new BigDecimal("500000");

  /**
   * A company of the fund: its reference data (status null when not registered), its latest
   * quarter's figures in the fund's currency and its monthly burn in USD (null where not
   * available), its position in the fund's latest schedule of investments (null when not in it).
   */
  public record Company(String code, String status, String sector, String stage, BigDecimal ltmRevenue,
      BigDecimal revenueGrowth, BigDecimal monthlyCashBurn, BigDecimal runwayMonths, BigDecimal grossMargin,
      BigDecimal monthlyCashBurnUsd, Portfolio.CompanyMultiple position) {}

  /** A sum, mean or median over the companies that give the figure; how many did. */
  public record Aggregate(Figure value, int companies) {}

  /** A company's place by gross MOIC, highest first. */
  public record Ranked(int rank, String company, BigDecimal grossMoic) {}

  public static PortfolioAnalytics of(List<Company> companies) {
    List<Portfolio.CompanyMultiple> positions = companies.stream().map(Company::position).filter(Objects::nonNull)
        .toList();
    List<BigDecimal> values = positions.stream().map(Portfolio.CompanyMultiple::fairValue)
        .sorted(Comparator.reverseOrder()).toList();
    Figure total = Figure.of("the portfolio's fair value", sum(values));
    return new PortfolioAnalytics(
        count(companies, c -> c.status() == null ? "not registered" : c.status()),
        count(companies, c -> c.sector() == null ? "not given" : c.sector()),
        count(companies, c -> c.stage() == null ? "not given" : c.stage()),
        aggregate(companies, Company::ltmRevenue, "TTM revenue", PortfolioAnalytics::sum),
        aggregate(companies, Company::revenueGrowth, "average growth", PortfolioAnalytics::mean),
        aggregate(companies, Company::monthlyCashBurn, "median monthly burn", PortfolioAnalytics::median),
        aggregate(companies, Company::runwayMonths, "average runway", PortfolioAnalytics::mean),
        aggregate(companies, Company::grossMargin, "median gross margin", PortfolioAnalytics::median),
        companies.stream().filter(c -> c.runwayMonths() != null && c.runwayMonths().compareTo(AT_RISK_RUNWAY) < 0)
            .map(Company::code).toList(),
        companies.stream().filter(c -> c.monthlyCashBurnUsd() != null
            && c.monthlyCashBurnUsd().compareTo(HIGH_BURN_USD) > 0).map(Company::code).toList(),
        concentration(values.stream().limit(1).toList(), total, "top company weight"),
        concentration(values.stream().limit(3).toList(), total, "top 3 weight"),
        herfindahl(values, total),
        topPerformerShare(positions),
        rankings(positions));
  }

  /** The largest positions' share of the fair value: their sum ÷ the total, rounded once. */
  private static Figure concentration(List<BigDecimal> largest, Figure total, String label) {
    return positionsHeld(total, label).orElseGet(() -> Figure.of(label, sum(largest)).ratioTo(total, label));
  }

  /** Σ (fair value ÷ total)², computed as Σ fair value² ÷ total², rounded once. */
  private static Figure herfindahl(List<BigDecimal> values, Figure total) {
    String label = "Herfindahl index";
    return positionsHeld(total, label).orElseGet(() -> Figure.of(label, sum(values.stream().map(v -> v.multiply(v))
        .toList())).ratioTo(Figure.of("the fair value squared", total.value().multiply(total.value())), label));
  }

  /** Without a schedule (no fair value), concentration is not available; empty when there is one. */
  private static Optional<Figure> positionsHeld(Figure total, String label) {
    return total.value().signum() == 0 ? Optional.of(noSchedule(label)) : Optional.empty();
  }

  /** The largest company gain (realised + fair value − cost) ÷ the sum of the gains. */
  private static Figure topPerformerShare(List<Portfolio.CompanyMultiple> positions) {
    if (positions.isEmpty()) {
      return noSchedule("top performer's share");
    }
    List<BigDecimal> gains = positions.stream()
        .map(p -> p.realizedProceeds().add(p.fairValue()).subtract(p.cost())).toList();
    Figure total = Figure.of("the value gained", gains.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    return Figure.of("the top performer's gain", gains.stream().max(Comparator.naturalOrder()).orElseThrow())
        .ratioTo(total, "top performer's share");
  }

  private static List<Ranked> rankings(List<Portfolio.CompanyMultiple> positions) {
    List<Portfolio.CompanyMultiple> ranked = positions.stream().filter(p -> p.grossMoic().known())
        .sorted(Comparator.comparing((Portfolio.CompanyMultiple p) -> p.grossMoic().value()).reversed()
            .thenComparing(Portfolio.CompanyMultiple::companyId))
        .toList();
    List<Ranked> rankings = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      rankings.add(new Ranked(i + 1, ranked.get(i).companyId(), ranked.get(i).grossMoic().value()));
    }
    return rankings;
  }

  private static Figure noSchedule(String label) {
    return Figure.missing(label, "no schedule of investments with a fair value above 0 on or before the date");
  }

  private static Map<String, Integer> count(List<Company> companies, Function<Company, String> key) {
    Map<String, Integer> counts = new TreeMap<>();
    companies.forEach(c -> counts.merge(key.apply(c), 1, Integer::sum));
    return new LinkedHashMap<>(counts);
  }

  private static Aggregate aggregate(List<Company> companies, Function<Company, BigDecimal> figure, String label,
      Function<List<BigDecimal>, BigDecimal> how) {
    List<BigDecimal> values = companies.stream().map(figure).filter(Objects::nonNull).sorted().toList();
    return new Aggregate(values.isEmpty()
        ? Figure.missing(label, "no company of the fund gives it for its latest quarter")
        : Figure.of(label, how.apply(values)), values.size());
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal mean(List<BigDecimal> values) {
    return sum(values).divide(BigDecimal.valueOf(values.size()), Figure.RATIO_SCALE, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
  }

  /** The middle value, or the mean of the two middle ones (the values are sorted). */
  private static BigDecimal median(List<BigDecimal> sorted) {
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : mean(List.of(sorted.get(middle - 1), sorted.get(middle)));
  }
}
