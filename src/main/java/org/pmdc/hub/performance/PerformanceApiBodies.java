package org.pmdc.hub.performance;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the performance API answers ({@code routes/performance-api.camel.yaml}), as the OpenAPI
 * document describes it; {@code R__performance_documents.sql} builds the bodies.
 */
public final class PerformanceApiBodies {

  private PerformanceApiBodies() {}

  @Schema(description = "a fund's or an investor's performance as of a date (seed 004's FundMetrics and LPReporting);"
      + " figures exact decimals as text in the fund's currency, each null with its reason in notAvailable",
      requiredProperties = {"publisher", "fund", "asOf", "currency", "figures", "notAvailable", "irrRoots",
          "companies", "computedFrom"})
  public record PerformanceSnapshot(String publisher, String fund,
      @Schema(description = "the investor's code; null for the whole fund") String investor, LocalDate asOf,
      @Schema(description = "ISO 4217: the fund's currency") String currency, PerformanceFigures figures,
      @Schema(description = "for each null figure, by its name, why it could not be computed")
      Map<String, String> notAvailable,
      @Schema(description = "the capital account statement the NAV was rolled forward from") LocalDate navStatementDate,
      @Schema(description = "the IRR's roots when the cash flows have several (then irr is null)")
      List<String> irrRoots,
      @Schema(description = "the fund's: the as-of date of the schedule of investments read") LocalDate scheduleDate,
      @Schema(description = "the fund's: each company of that schedule") List<PerformanceCompany> companies,
      @Schema(description = "the records the figures were read from") List<PerformanceSource> computedFrom,
      OffsetDateTime computedAt,
      @Schema(description = "with ?explain=true: the calls (negative), distributions (gross) and statement lines"
          + " behind the figures, up to asOf") List<PerformanceCashFlow> cashFlows) {}

  @Schema(requiredProperties = {"date", "kind", "investor", "record", "version"})
  public record PerformanceCashFlow(LocalDate date,
      @Schema(allowableValues = {"call", "distribution", "statement"}) String kind, String investor,
      @Schema(description = "a call's amount (negative) or a distribution's, gross of withholding tax") String amount,
      @Schema(description = "a statement line's ending NAV") String endingNav, UUID record, int version) {}

  /** Docs/metrics.md gives each figure's rule; multiples and rates are fractions (0.25 is 25 %), to 10 places. */
  public record PerformanceFigures(String committed, String called, String distributed, String recallable, String unfunded,
      String nav, String tvpi, String dpi, String rvpi, String pic,
      @Schema(description = "XIRR a year; null under a year since the first cash flow (see periodReturn)") String irr,
      @Schema(description = "the return over the whole period, not annualised") String periodReturn,
      String managementFeesPaid, String carriedInterestAccrued,
      @Schema(description = "the fund's, from its schedule of investments: the cost of its positions") String capitalDeployed,
      @Schema(description = "the fund's: realised proceeds") String realizedValue,
      @Schema(description = "the fund's: fair value") String unrealizedValue,
      @Schema(description = "the fund's: (realised + fair value) ÷ cost") String grossMoic) {}

  @Schema(description = "a company of the fund's schedule of investments, its instruments together",
      requiredProperties = {"company", "cost", "fairValue", "realizedProceeds"})
  public record PerformanceCompany(String company, String name, String status, String cost, String fairValue,
      String realizedProceeds, @Schema(description = "(realised + fair value) ÷ cost; null with the reason beside it")
      String grossMoic, String grossMoicNotAvailable) {}

  @Schema(requiredProperties = {"record", "version", "recordType", "date"})
  public record PerformanceSource(UUID record, int version, String recordType, LocalDate date) {}

  @Schema(requiredProperties = {"items"})
  public record PerformanceSnapshotPage(List<PerformanceSnapshot> items,
      @Schema(description = "pass as ?cursor= for the next page; null on the last") String nextCursor) {}

  @Schema(description = "the funds' snapshots at each quarter end in the period, and today, oldest first, fund by fund",
      requiredProperties = {"items"})
  public record PerformanceTrend(List<PerformanceSnapshot> items) {}

  @Schema(description = "a sum, mean or median over the fund's companies that give the figure for their latest"
      + " quarter, and how many did", requiredProperties = {"companies"})
  public record PortfolioAggregate(@Schema(description = "exact decimal as text; null when no company gives it")
      String value, int companies) {}

  @Schema(description = "seed 004's portfolio health overview of a fund as of a date (its companies' latest quarters"
      + " in the fund's currency)", requiredProperties = {"publisher", "fund", "asOf", "currency"})
  public record PortfolioOverview(String publisher, String fund, LocalDate asOf, String currency,
      @Schema(description = "companies by reporting status (active, exited, written_off, inactive, not registered)")
      Map<String, Integer> companiesByStatus, Map<String, Integer> sectorDistribution,
      Map<String, Integer> stageDistribution, PortfolioAggregate ttmRevenue, PortfolioAggregate averageGrowth,
      PortfolioAggregate medianMonthlyBurn, PortfolioAggregate averageRunwayMonths,
      PortfolioAggregate medianGrossMargin,
      @Schema(description = "runway under 6 months") List<String> companiesAtRisk,
      @Schema(description = "monthly burn over 500,000 USD") List<String> highBurnCompanies,
      Map<String, String> notAvailable, OffsetDateTime computedAt) {}

  @Schema(requiredProperties = {"rank", "company", "grossMoic"})
  public record PortfolioRank(int rank, String company,
      @Schema(description = "the ranking score: (realised + fair value) ÷ cost from the schedule of investments")
      String grossMoic) {}

  @Schema(description = "seed 004's company rankings of a fund as of a date", requiredProperties = {"publisher",
      "fund", "asOf", "currency"})
  public record PortfolioRankings(String publisher, String fund, LocalDate asOf, String currency,
      List<PortfolioRank> rankings, Map<String, String> notAvailable, OffsetDateTime computedAt) {}

  @Schema(description = "shares of the portfolio's fair value, each rounded once; null with the reason when the fund"
      + " has no schedule of investments")
  public record PortfolioConcentration(String topCompanyWeight, String topThreeWeight, String herfindahlIndex,
      @Schema(description = "the largest company gain ÷ the sum of the gains") String topPerformerShare) {}

  @Schema(description = "seed 004's portfolio risk analysis of a fund as of a date", requiredProperties = {
      "publisher", "fund", "asOf", "currency"})
  public record PortfolioRisk(String publisher, String fund, LocalDate asOf, String currency,
      PortfolioConcentration concentration, List<String> companiesAtRisk, List<String> highBurnCompanies,
      PortfolioAggregate averageRunwayMonths, PortfolioAggregate medianMonthlyBurn, Map<String, String> notAvailable,
      OffsetDateTime computedAt) {}

  @Schema(requiredProperties = {"items"})
  public record PortfolioOverviewPage(List<PortfolioOverview> items,
      @Schema(description = "pass as ?cursor= for the next page; null on the last") String nextCursor) {}

  @Schema(requiredProperties = {"items"})
  public record PortfolioRankingsPage(List<PortfolioRankings> items,
      @Schema(description = "pass as ?cursor= for the next page; null on the last") String nextCursor) {}

  @Schema(requiredProperties = {"items"})
  public record PortfolioRiskPage(List<PortfolioRisk> items,
      @Schema(description = "pass as ?cursor= for the next page; null on the last") String nextCursor) {}

  @Schema(description = "a fund's figure against a benchmark row's quartile breakpoints",
      requiredProperties = {"upperQuartile", "median", "lowerQuartile"})
  public record BenchmarkPlaced(String upperQuartile, String median, String lowerQuartile,
      @Schema(description = "1 (top) to 4; null with the reason beside it") Integer quartile,
      String quartileNotAvailable, @Schema(description = "null: breakpoints do not give it") Integer percentileRank,
      String percentileRankNotAvailable) {}

  @Schema(requiredProperties = {"provider", "asOf", "irr", "tvpi"})
  public record BenchmarkComparison(String provider, LocalDate asOf, Integer cohortSize, BenchmarkPlaced irr,
      BenchmarkPlaced tvpi) {}

  @Schema(description = "seed 004's benchmark comparison: a fund's net IRR and TVPI as of a date against each"
      + " provider's latest row for its vintage year, strategy and geography",
      requiredProperties = {"publisher", "fund", "asOf", "benchmarks"})
  public record FundBenchmarks(String publisher, String fund, LocalDate asOf, Integer vintageYear, String strategy,
      String geography, String irr, String tvpi, List<BenchmarkComparison> benchmarks,
      @Schema(description = "why there is no benchmark to compare with; null when there is") String
          benchmarksNotAvailable) {}

  @Schema(requiredProperties = {"items"})
  public record FundBenchmarksPage(List<FundBenchmarks> items,
      @Schema(description = "pass as ?cursor= for the next page; null on the last") String nextCursor) {}

  @Schema(requiredProperties = {"imported"})
  public record BenchmarkImport(@Schema(description = "rows stored (new or replacing)") int imported) {}

  @Schema(description = "an investment's amounts converted into the reporting currency with the rate of the date",
      requiredProperties = {"publisher", "fund", "investor", "from"})
  public record LpConversion(String publisher, String fund, String investor,
      @Schema(description = "the fund's currency") String from,
      @Schema(description = "null when there is no rate (notAvailableReason says why)") String rate,
      LocalDate rateDate, String notAvailableReason) {}

  @Schema(description = "the consolidated amounts in the reporting currency and their multiples; each null with"
      + " its reason in notAvailable")
  public record LpConsolidated(String committed, String called, String distributed, String recallable,
      String unfunded, String nav, String tvpi, String dpi, String rvpi,
      @Schema(description = "XIRR of every flow converted at its own date, the NAV at the as-of date's rates") String irr) {}

  @Schema(description = "an LP's look-through: its investors in every fund of every GP it subscribes to, and their"
      + " consolidation", requiredProperties = {"asOf", "currency", "investments", "consolidated", "notAvailable",
          "conversions"})
  public record LpPortfolio(LocalDate asOf, @Schema(description = "the reporting currency (ISO 4217)") String currency,
      List<PerformanceSnapshot> investments, LpConsolidated consolidated, Map<String, String> notAvailable,
      List<LpConversion> conversions) {}
}
