package org.pmdc.hub.performance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.pmdc.hub.database.SqlFiles;
import org.springframework.stereotype.Component;

/**
 * A fund's companies as its portfolio aggregations read them: the companies registered in the fund
 * or reporting for it (and those of its schedule of investments), each with its latest quarter on
 * or before a date — its metrics in the fund's currency and its monthly burn in USD — computed by
 * the company reporting of seed 003.
 */
@Component
class PortfolioCompanies {

  private final SqlFiles sql;
  private final ObjectMapper json;

  PortfolioCompanies(SqlFiles sql, ObjectMapper json) {
    this.sql = sql;
    this.json = json;
  }

  /** What is read once per fund recalculation and then taken as of each date. */
  record Fund(Map<String, Reference> companies, List<Quarter> quarters, String currency) {}

  record Reference(String status, String sector, String stage) {}

  record Quarter(String company, LocalDate periodEnd, String view, String currency, JsonNode metrics) {}

  Fund read(long publisherId, long fundId, String currency) {
    Map<String, Reference> companies = new LinkedHashMap<>();
    sql.statement("performance/portfolio-companies.sql").param("publisherId", publisherId).param("fundId", fundId)
        .query((row, n) -> companies.put(row.getString("code"),
            new Reference(row.getString("reporting_status"), row.getString("sector"), row.getString("stage"))))
        .list();
    List<Quarter> quarters = sql.statement("performance/portfolio-quarters.sql")
        .param("publisherId", publisherId).param("fundId", fundId).param("currency", currency)
        .query((row, n) -> new Quarter(row.getString("company_code"), row.getObject("period_end", LocalDate.class),
            row.getString("view"), row.getString("currency"), read(row.getString("metrics"))))
        .list();
    return new Fund(companies, quarters, currency);
  }

  /** The fund's companies as of the date, with their positions in the portfolio (its schedule). */
  static List<PortfolioAnalytics.Company> asOf(Fund fund, Optional<Portfolio> portfolio, LocalDate asOf) {
    Map<String, Portfolio.CompanyMultiple> positions = new LinkedHashMap<>();
    portfolio.map(Portfolio::companies).orElse(List.of()).forEach(p -> positions.put(p.companyId(), p));
    Map<String, Reference> companies = new LinkedHashMap<>(fund.companies());
    positions.keySet().forEach(code -> companies.putIfAbsent(code, new Reference(null, null, null)));
    return companies.entrySet().stream().map(company -> {
      String code = company.getKey();
      JsonNode local = latest(fund, code, asOf, q -> q.currency().equals(fund.currency()));
      JsonNode usd = latest(fund, code, asOf, q -> q.view().equals("USD"));
      Reference reference = company.getValue();
      return new PortfolioAnalytics.Company(code, reference.status(), reference.sector(), reference.stage(),
          decimal(local, "ltmTotalRevenue"), decimal(local, "revenueGrowth"), decimal(local, "monthlyCashBurn"),
          decimal(local, "runwayMonths"), decimal(local, "grossProfitMargin"), decimal(usd, "monthlyCashBurn"),
          positions.get(code));
    }).toList();
  }

  /** The metrics of the company's latest quarter on or before the date in a view; missing when none. */
  private static JsonNode latest(Fund fund, String company, LocalDate asOf, Predicate<Quarter> view) {
    return fund.quarters().stream()
        .filter(q -> q.company().equals(company) && !q.periodEnd().isAfter(asOf) && view.test(q))
        .max(Comparator.comparing(Quarter::periodEnd)).map(Quarter::metrics)
        .orElse(MissingNode.getInstance());
  }

  private static BigDecimal decimal(JsonNode metrics, String name) {
    JsonNode value = metrics.path(name);
    return value.isTextual() ? new BigDecimal(value.asText()) : null;
  }

  private JsonNode read(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored metrics are JSON", e);
    }
  }
}
