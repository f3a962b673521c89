package org.pmdc.hub.canonical;

import static org.pmdc.hub.canonical.CanonicalField.optional;
import static org.pmdc.hub.canonical.CanonicalField.required;
import static org.pmdc.hub.canonical.FieldType.CURRENCY;
import static org.pmdc.hub.canonical.FieldType.DATE;
import static org.pmdc.hub.canonical.FieldType.DECIMAL;
import static org.pmdc.hub.canonical.FieldType.INTEGER;
import static org.pmdc.hub.canonical.FieldType.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Company reporting, the record type the hub computes rather than receives: one company quarter
 * of seed 003's Quarterly Reporting Financials and Metrics, a line per currency view, so that an
 * LP can subscribe to it and have it pushed like any record. A new version is stored when a
 * recalculation changes any figure. Each metric {@code m} has beside it {@code mNotAvailable}, the
 * reason it is null, so a flat delivery (CSV) carries the reasons too.
 */
final class ComputedReporting {

  /** Seed 003's financials, as the company-metrics record names them. */
  static final List<String> FIGURES = List.of("totalRevenue", "recurringRevenue", "grossProfit",
      "debtOutstanding", "salesMarketingExpense", "totalOperatingExpense", "ebitda", "netIncome", "cashBurn",
      "cashBalance");

  /** Seed 003's metrics, in its table's order. */
  static final List<String> METRICS = List.of("enterpriseValue", "arr", "recurringPercentageRevenue",
      "revenuePerFte", "grossProfitPerFte", "employeeGrowthRate", "changeInCash", "revenueGrowth",
      "monthlyCashBurn", "runwayMonths", "evByEquityRaisedPlusDebt", "salesMarketingPercentageRevenue",
      "totalOperatingPercentageRevenue", "grossProfitMargin", "valuationToRevenue", "yoyGrowthRevenue",
      "yoyGrowthProfit", "yoyGrowthEmployees", "yoyGrowthLtmRevenue", "ltmTotalRevenue", "ltmGrossProfit",
      "ltmSalesMarketingExpense", "ltmGrossMargin", "ltmOperatingExpense", "ltmEbitda", "ltmNetIncome",
      "ltmEbitdaMargin", "ltmNetIncomeMargin");

  /** The suffix of the field that gives why a metric is null. */
  static final String NOT_AVAILABLE = "NotAvailable";

  private ComputedReporting() {}

  static RecordType.Definition definition() {
    List<CanonicalField> lines = new ArrayList<>(List.of(required("view", TEXT), required("currency", CURRENCY),
        optional("exchangeRateUsed", DECIMAL), optional("rateDate", DATE), optional("notAvailableReason", TEXT)));
    FIGURES.forEach(figure -> lines.add(optional(figure, DECIMAL)));
    METRICS.forEach(metric -> {
      lines.add(optional(metric, DECIMAL));
      lines.add(optional(metric + NOT_AVAILABLE, TEXT));
    });
    return new RecordType.Definition(
        "company_reporting",
        false,
        "reference",
        "periodEnd",
        null,
        List.of(required("fundId", TEXT), required("reference", TEXT), required("companyId", TEXT),
            optional("companyName", TEXT), required("periodEnd", DATE), optional("fiscalYear", INTEGER),
            optional("fiscalQuarter", INTEGER), required("localCurrency", CURRENCY),
            required("sourceRecord", TEXT), required("sourceVersion", INTEGER), optional("metricsInputs", TEXT),
            optional("companyVersion", INTEGER)),
        List.copyOf(lines),
        List.of("view"),
        List.of(),
        List.of(),
        List.of(),
        Map.of());
  }
}
