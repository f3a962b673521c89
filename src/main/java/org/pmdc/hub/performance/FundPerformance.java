package org.pmdc.hub.performance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pmdc.hub.database.RecalculationQueue;
import org.pmdc.hub.database.SqlFiles;
import org.pmdc.hub.performance.CapitalPosition.Call;
import org.pmdc.hub.performance.CapitalPosition.Distribution;
import org.pmdc.hub.performance.CapitalPosition.Source;
import org.pmdc.hub.performance.CapitalPosition.Statement;
import org.pmdc.hub.reporting.Figure;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Computes the performance of the funds asked for in {@code performance_recalculation} (each in
 * its own transaction, {@link RecalculationQueue}): the fund's and every investor's snapshots as
 * of each quarter end since its first cash flow and as of today, from the records it holds now.
 * Writes only the snapshots that changed and removes those it no longer gives.
 */
@Component("fundPerformance")
public class FundPerformance {

  /** The snapshot of the whole fund has this investor code. */
  static final String FUND = "";

  private final SqlFiles sql;
  private final ObjectMapper json;
  private final PortfolioCompanies portfolioCompanies;
  private final RecalculationQueue<Request> queue;

  FundPerformance(SqlFiles sql, ObjectMapper json, PortfolioCompanies portfolioCompanies,
      PlatformTransactionManager transactions) {
    this.sql = sql;
    this.json = json;
    this.portfolioCompanies = portfolioCompanies;
    this.queue = new RecalculationQueue<>(sql, transactions, "performance", (row, n) -> new Request(
        row.getLong("fund_id"), row.getLong("publisher_id"), row.getString("currency"), row.getString("reason"),
        row.getInt("attempts")));
  }

  /** A fund asked for, as {@code claim-recalculation.sql} takes it. */
  record Request(long fundId, long publisherId, String currency, String reason, int attempts)
      implements RecalculationQueue.Request {

    @Override
    public Map<String, Object> parameters() {
      return Map.of("fundId", fundId, "reason", reason);
    }
  }

  /** Works through every fund due now; answers how many snapshots it wrote. */
  public int recalculateRequested() {
    return queue.workThrough(this::recalculate);
  }

  private int recalculate(Request fund) {
    Map<String, CapitalPosition> investors = positions(fund);
    List<Portfolio.Holding> holdings = holdings(fund);
    PortfolioCompanies.Fund companies = portfolioCompanies.read(fund.publisherId(), fund.fundId(), fund.currency());
    List<LocalDate> dates = asOfDates(investors, LocalDate.now(ZoneOffset.UTC));
    int written = 0;
    for (LocalDate asOf : dates) {
      Performance whole = Performance.ofFund(investors, holdings, asOf);
      PortfolioAnalytics analytics = PortfolioAnalytics.of(PortfolioCompanies.asOf(companies, whole.portfolio(), asOf));
      written += save(fund, FUND, whole, analyticsDocument(analytics));
      for (Map.Entry<String, CapitalPosition> investor : investors.entrySet()) {
        written += save(fund, investor.getKey(), Performance.of(investor.getValue(), asOf), null);
      }
    }
    List<String> scopes = new ArrayList<>(List.of(FUND));
    scopes.addAll(investors.keySet());
    sql.statement("performance/prune-snapshots.sql").param("fundId", fund.fundId())
        .param("investors", text(scopes)).param("dates", text(dates.stream().map(LocalDate::toString).toList()))
        .update();
    return written;
  }

  /** Each quarter end from the one of the first cash flow or statement to the last before today, then today. */
  static List<LocalDate> asOfDates(Map<String, CapitalPosition> investors, LocalDate today) {
    TreeSet<LocalDate> dated = new TreeSet<>();
    investors.values().forEach(p -> {
      p.calls().forEach(c -> dated.add(c.dueDate()));
      p.distributions().forEach(d -> dated.add(d.date()));
      p.statements().forEach(s -> dated.add(s.periodEnd()));
    });
    List<LocalDate> dates = new ArrayList<>();
    if (dated.isEmpty()) {
      return dates;
    }
    for (LocalDate end = quarterEnd(dated.first()); end.isBefore(today); end = quarterEnd(end.plusDays(1))) {
      dates.add(end);
    }
    dates.add(today);
    return dates;
  }

  private static LocalDate quarterEnd(LocalDate date) {
    int lastMonth = (date.getMonthValue() + 2) / 3 * 3;
    return LocalDate.of(date.getYear(), lastMonth, 1).plusMonths(1).minusDays(1);
  }

  /** Each investor's calls, distributions and statements, by investor code in code order. */
  private Map<String, CapitalPosition> positions(Request fund) {
    Map<String, List<Call>> calls = new TreeMap<>();
    Map<String, List<Distribution>> distributions = new TreeMap<>();
    Map<String, List<Statement>> statements = new TreeMap<>();
    sql.statement("performance/capital-position.sql")
        .param("publisherId", fund.publisherId()).param("fundId", fund.fundId())
        .query((ResultSet row) -> {
          String investor = row.getString("investor");
          LocalDate date = row.getObject("flow_date", LocalDate.class);
          Source source = new Source(row.getLong("notice_id"), row.getInt("version"));
          switch (row.getString("kind")) {
            case "call" -> calls.computeIfAbsent(investor, k -> new ArrayList<>())
                .add(new Call(date, row.getBigDecimal("amount"), row.getBigDecimal("commitment"), source));
            case "distribution" -> distributions.computeIfAbsent(investor, k -> new ArrayList<>())
                .add(new Distribution(date, row.getBigDecimal("amount"), row.getBigDecimal("recallable"), source));
            default -> statements.computeIfAbsent(investor, k -> new ArrayList<>())
                .add(new Statement(date, row.getBigDecimal("ending_nav"), row.getBigDecimal("management_fees_itd"),
                    row.getBigDecimal("carried_interest_accrued"), row.getBigDecimal("commitment"), source));
          }
        });
    TreeSet<String> codes = new TreeSet<>(calls.keySet());
    codes.addAll(distributions.keySet());
    codes.addAll(statements.keySet());
    Map<String, CapitalPosition> positions = new LinkedHashMap<>();
    codes.forEach(code -> positions.put(code, new CapitalPosition(calls.getOrDefault(code, List.of()),
        distributions.getOrDefault(code, List.of()), statements.getOrDefault(code, List.of()))));
    return positions;
  }

  private List<Portfolio.Holding> holdings(Request fund) {
    return sql.statement("performance/holdings.sql")
        .param("publisherId", fund.publisherId()).param("fundId", fund.fundId())
        .query((row, n) -> new Portfolio.Holding(row.getObject("schedule_date", LocalDate.class),
            row.getString("company_id"), row.getString("company_name"), row.getBigDecimal("cost"),
            row.getBigDecimal("fair_value"), row.getBigDecimal("realized_proceeds"), row.getString("status"),
            new Source(row.getLong("notice_id"), row.getInt("version"))))
        .list();
  }

  /** The fund's companies as its schedule gives them: cost, fair value, realised proceeds and gross MOIC. */
  private List<Map<String, Object>> companies(Performance performance) {
    return performance.portfolio().map(Portfolio::companies).orElse(List.of()).stream().map(company -> {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("company", company.companyId());
      document.put("name", company.companyName());
      document.put("status", company.status());
      document.put("cost", exact(company.cost()));
      document.put("fairValue", exact(company.fairValue()));
      document.put("realizedProceeds", exact(company.realizedProceeds()));
      document.put("grossMoic", company.grossMoic().known() ? exact(company.grossMoic().value()) : null);
      document.put("grossMoicNotAvailable", company.grossMoic().reason());
      return document;
    }).toList();
  }

  /** Exact, without the database's trailing zeros: 600000, not 600000.0000. */
  private static String exact(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** The fund's portfolio aggregations as its snapshot keeps them (PerformanceApiBodies.PortfolioAggregations). */
  private static Map<String, Object> analyticsDocument(PortfolioAnalytics analytics) {
    Map<String, String> reasons = new LinkedHashMap<>();
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("companiesByStatus", analytics.byStatus());
    document.put("sectorDistribution", analytics.bySector());
    document.put("stageDistribution", analytics.byStage());
    Map<String, PortfolioAnalytics.Aggregate> aggregates = new LinkedHashMap<>();
    aggregates.put("ttmRevenue", analytics.ttmRevenue());
    aggregates.put("averageGrowth", analytics.averageGrowth());
    aggregates.put("medianMonthlyBurn", analytics.medianMonthlyBurn());
    aggregates.put("averageRunwayMonths", analytics.averageRunwayMonths());
    aggregates.put("medianGrossMargin", analytics.medianGrossMargin());
    aggregates.forEach((name, aggregate) -> {
      Map<String, Object> over = new LinkedHashMap<>();
      over.put("value", figureText(aggregate.value(), name, reasons));
      over.put("companies", aggregate.companies());
      document.put(name, over);
    });
    document.put("companiesAtRisk", analytics.atRisk());
    document.put("highBurnCompanies", analytics.highBurn());
    Map<String, Object> concentration = new LinkedHashMap<>();
    concentration.put("topCompanyWeight", figureText(analytics.topCompanyWeight(), "topCompanyWeight", reasons));
    concentration.put("topThreeWeight", figureText(analytics.topThreeWeight(), "topThreeWeight", reasons));
    concentration.put("herfindahlIndex", figureText(analytics.herfindahlIndex(), "herfindahlIndex", reasons));
    concentration.put("topPerformerShare", figureText(analytics.topPerformerShare(), "topPerformerShare", reasons));
    document.put("concentration", concentration);
    document.put("rankings", analytics.rankings().stream().map(r -> Map.of("rank", r.rank(), "company", r.company(),
        "grossMoic", exact(r.grossMoic()))).toList());
    document.put("notAvailable", reasons);
    return document;
  }

  /** A figure's exact text; null when not available, its reason then kept under its name. */
  private static String figureText(Figure figure, String name, Map<String, String> reasons) {
    if (!figure.known()) {
      reasons.put(name, figure.reason());
      return null;
    }
    return exact(figure.value());
  }

  private int save(Request fund, String investor, Performance performance, Map<String, Object> analytics) {
    Map<String, Figure> figures = performance.figures();
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> reasons = new LinkedHashMap<>();
    figures.forEach((name, figure) -> {
      values.put(name, figure.known() ? exact(figure.value()) : null);
      if (!figure.known()) {
        reasons.put(name, figure.reason());
      }
    });
    Map<String, Object> row = new HashMap<>();
    row.put("publisherId", fund.publisherId());
    row.put("fundId", fund.fundId());
    row.put("investor", investor);
    row.put("asOf", performance.asOf().toString());
    row.put("currency", fund.currency());
    row.put("figures", text(values));
    row.put("notAvailable", text(reasons));
    row.put("navStatementDate", performance.navStatementDate() == null ? null : performance.navStatementDate().toString());
    row.put("irrRoots", text(performance.irr().roots().stream().map(BigDecimal::toPlainString).toList()));
    row.put("scheduleDate", performance.portfolio().map(Portfolio::scheduleDate).map(LocalDate::toString).orElse(null));
    row.put("companies", text(companies(performance)));
    row.put("analytics", analytics == null ? null : text(analytics));
    row.put("noticeIds", SqlFiles.array(performance.sources().stream().map(Source::noticeId).toList()));
    row.put("versions", SqlFiles.array(performance.sources().stream().map(Source::version).toList()));
    return sql.statement("performance/save-snapshot.sql").params(row).query(Long.class).list().size();
  }

  private String text(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a snapshot must serialise", e);
    }
  }
}
