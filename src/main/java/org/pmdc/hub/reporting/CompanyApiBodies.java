package org.pmdc.hub.reporting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the companies API answers and accepts ({@code routes/companies-api.camel.yaml}), as the
 * OpenAPI document describes it; {@code sql/companies/} builds the bodies.
 */
public final class CompanyApiBodies {

  private CompanyApiBodies() {}

  @Schema(description = "a portfolio company as its publisher keeps it (seed 003's Companies table)",
      requiredProperties = {"id", "publisher", "code", "name", "fund", "reportingStatus", "reportingCurrency", "version"})
  public record Company(UUID id, String publisher,
      @Schema(description = "the publisher's id for it: the companyId of its company-metrics records") String code,
      String name, @Schema(description = "the code of the publisher's fund that holds it") String fund,
      @Schema(allowableValues = {"active", "exited", "written_off", "inactive"}) String reportingStatus,
      @Schema(description = "ISO 4217") String reportingCurrency,
      @Schema(description = "ISO 3166-1 alpha-2") String locationCountry,
      @Schema(description = "B2B, B2C, B2B2C or B2G; null: not given") String customerType,
      @Schema(description = "recurring, transactional or mixed; null: not given") String revenueType,
      String sector, String stage,
      @Schema(description = "decimal, in the reporting currency") String equityRaised,
      @Schema(description = "decimal, in the reporting currency") String postMoneyValuation,
      LocalDate yearEndDate,
      @Schema(description = "counts updates; the ETag is \"v\" and this number") int version,
      OffsetDateTime createdAt, @Schema(description = "the API client that created it") String createdBy,
      OffsetDateTime lastUpdatedAt, @Schema(description = "the API client that changed it last") String lastUpdatedBy) {}

  @Schema(requiredProperties = {"items"})
  public record CompanyPage(List<Company> items,
      @Schema(description = "pass as ?cursor= for the next page; null on the last") String nextCursor) {}

  @Schema(description = "a company that company-metrics records name but the publisher has not registered",
      requiredProperties = {"publisher", "fund", "code", "records"})
  public record UnregisteredCompany(String publisher, String fund,
      @Schema(description = "the companyId the records give") String code,
      @Schema(description = "the companyName of its latest record, if any") String name,
      @Schema(description = "current company-metrics records naming it") int records,
      LocalDate latestPeriodEnd) {}

  @Schema(description = "a company quarter's financials in one currency view (seed 003's Quarterly Reporting"
      + " Financials); amounts and the rate are exact decimals as text, null when not reported or not available",
      requiredProperties = {"publisher", "fund", "company", "periodEnd", "view", "localCurrency", "currency",
          "computedFrom"})
  public record Financials(String publisher, String fund, String company, LocalDate periodEnd,
      int reportingYear, @Schema(description = "calendar quarter of periodEnd") int reportingQuarter,
      Integer fiscalYear, Integer fiscalQuarter,
      @Schema(allowableValues = {"local", "USD", "CAD"}) String view,
      @Schema(description = "ISO 4217: what the company reported in") String localCurrency,
      @Schema(description = "ISO 4217: what the amounts are in") String currency,
      @Schema(description = "units of currency per unit of localCurrency; null when not available") String exchangeRateUsed,
      @Schema(description = "the date of the published rates used (the last on or before periodEnd)") LocalDate rateDate,
      @Schema(description = "why the amounts could not be converted; null when they were") String notAvailableReason,
      String totalRevenue, String recurringRevenue, String grossProfit, String debtOutstanding,
      String salesMarketingExpense, String totalOperatingExpense, String ebitda, String netIncome, String cashBurn,
      String cashBalance, ComputedFrom computedFrom, OffsetDateTime computedAt) {}

  @Schema(description = "the inputs of a computed figure", requiredProperties = {"record", "version", "fxRates"})
  public record ComputedFrom(@Schema(description = "the company-metrics record (GET /api/v1/lp/records/{id} for an LP)")
      UUID record, int version, @Schema(description = "ids of the published FX rows used") List<Long> fxRates) {}

  @Schema(requiredProperties = {"items"})
  public record FinancialsPage(List<Financials> items,
      @Schema(description = "pass as ?cursor= for the next page; null on the last") String nextCursor) {}

  @Schema(description = "a company quarter's derived metrics in one currency view (seed 003's Quarterly Reporting"
      + " Metrics); each an exact decimal as text, or null with its reason in notAvailable",
      requiredProperties = {"publisher", "fund", "company", "periodEnd", "view", "currency", "metrics",
          "notAvailable", "computedFrom"})
  public record Metrics(String publisher, String fund, String company, LocalDate periodEnd,
      int reportingYear, @Schema(description = "calendar quarter of periodEnd") int reportingQuarter,
      Integer fiscalYear, Integer fiscalQuarter,
      @Schema(allowableValues = {"local", "USD", "CAD"}) String view,
      @Schema(description = "ISO 4217: what the amount metrics are in") String currency,
      MetricValues metrics,
      @Schema(description = "for each null metric, by its name, why it could not be computed")
      Map<String, String> notAvailable,
      MetricsComputedFrom computedFrom, OffsetDateTime computedAt) {}

  /**
   * Seed 003's metrics, named as {@link QuarterMetrics#METRICS} (a test keeps the two the same).
   * Ratios, growth rates and multiples are fractions (0.25 is 25 %), to 10 places; amounts in the
   * view's currency, to 6.
   */
  @Schema(description = "every metric by name (docs/metrics.md gives each rule); ratios are fractions, 0.25 is 25 %")
  public record MetricValues(
      @Schema(description = "post-money valuation + debt outstanding − cash balance") String enterpriseValue,
      @Schema(description = "recurring revenue × 4") String arr,
      String recurringPercentageRevenue, String revenuePerFte, String grossProfitPerFte,
      @Schema(description = "against the quarter before") String employeeGrowthRate,
      @Schema(description = "against the quarter before") String changeInCash,
      @Schema(description = "against the quarter before") String revenueGrowth,
      @Schema(description = "cash burn ÷ 3") String monthlyCashBurn,
      @Schema(description = "cash balance ÷ monthly cash burn; only while burning cash") String runwayMonths,
      String evByEquityRaisedPlusDebt, String salesMarketingPercentageRevenue,
      String totalOperatingPercentageRevenue, String grossProfitMargin,
      @Schema(description = "post-money valuation ÷ (total revenue × 4)") String valuationToRevenue,
      @Schema(description = "against the same quarter a year earlier") String yoyGrowthRevenue,
      @Schema(description = "gross profit, against the same quarter a year earlier") String yoyGrowthProfit,
      String yoyGrowthEmployees, String yoyGrowthLtmRevenue,
      @Schema(description = "sum of four contiguous quarters ending with this one") String ltmTotalRevenue,
      String ltmGrossProfit, String ltmSalesMarketingExpense, String ltmGrossMargin, String ltmOperatingExpense,
      String ltmEbitda, String ltmNetIncome, String ltmEbitdaMargin, String ltmNetIncomeMargin) {}

  @Schema(description = "the inputs of a quarter's metrics", requiredProperties = {"records", "fxRates"})
  public record MetricsComputedFrom(
      @Schema(description = "the company-metrics records of the quarters its rules read (the quarter, the one"
          + " before, a year earlier, the LTM quarters)") List<SourceRecord> records,
      @Schema(description = "ids of the published FX rows used") List<Long> fxRates,
      @Schema(description = "the version of the company's reference data used; null when not registered")
      Integer companyVersion) {}

  @Schema(requiredProperties = {"record", "version", "periodEnd"})
  public record SourceRecord(UUID record, int version, LocalDate periodEnd) {}

  @Schema(requiredProperties = {"items"})
  public record MetricsPage(List<Metrics> items,
      @Schema(description = "pass as ?cursor= for the next page; null on the last") String nextCursor) {}

  @Schema(description = "a company quarter as its publisher reported it (seed 003's Metrics Input): one line of a"
      + " current company-metrics record; amounts exact decimals as text in the company's currency, null when not"
      + " reported", requiredProperties = {"publisher", "fund", "company", "periodEnd", "reportingYear",
          "reportingQuarter", "currency", "record", "version", "sourceRow", "submission", "storedAt"})
  public record MetricsInput(String publisher, String fund,
      @Schema(description = "the record's companyId: the company's code") String company, String companyName,
      LocalDate periodEnd, int reportingYear,
      @Schema(description = "calendar quarter of periodEnd") int reportingQuarter,
      Integer fiscalYear, Integer fiscalQuarter, @Schema(description = "ISO 4217") String currency,
      String totalRevenue, String recurringRevenue, String grossProfit, String salesMarketingExpense,
      String totalOperatingExpense, String ebitda, String netIncome,
      @Schema(description = "positive while the company is burning cash") String cashBurn,
      String cashBalance, String debtOutstanding, Integer employees, Integer customers,
      @Schema(description = "the company-metrics record (GET /api/v1/lp/records/{id} for an LP)") UUID record,
      int version, @Schema(description = "the line's row in the file it was published in (1 is the first)")
      int sourceRow, @Schema(description = "the submission that published it (GET /api/v1/submissions/{id})")
      UUID submission, OffsetDateTime storedAt) {}

  @Schema(requiredProperties = {"items"})
  public record MetricsInputPage(List<MetricsInput> items,
      @Schema(description = "pass as ?cursor= for the next page; null on the last") String nextCursor) {}

  @Schema(requiredProperties = {"code", "name", "fund", "reportingCurrency"})
  public record NewCompany(@Schema(description = "staff only: the publisher's code") String publisher,
      @Schema(description = "1 to 100 characters") String code, String name, String fund,
      @Schema(allowableValues = {"active", "exited", "written_off", "inactive"}, defaultValue = "active")
      String reportingStatus,
      @Schema(pattern = "^[A-Z]{3}$") String reportingCurrency,
      @Schema(pattern = "^[A-Z]{2}$") String locationCountry,
      @Schema(allowableValues = {"B2B", "B2C", "B2B2C", "B2G"}) String customerType,
      @Schema(allowableValues = {"recurring", "transactional", "mixed"}) String revenueType,
      String sector, String stage,
      @Schema(description = "decimal, not negative") String equityRaised,
      @Schema(description = "decimal, not negative") String postMoneyValuation,
      LocalDate yearEndDate) {}
}
