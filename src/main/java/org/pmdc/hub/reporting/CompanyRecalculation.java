package org.pmdc.hub.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.pmdc.hub.database.SqlFiles;
import org.pmdc.hub.fx.ExchangeRate;
import org.pmdc.hub.fx.ExchangeRates;
import org.springframework.stereotype.Component;

/**
 * One company's reporting computed again from what the hub holds now: every quarter a current
 * company-metrics record gives, in every view, its financials ({@link QuarterFinancials}) and then
 * its metrics ({@link QuarterMetrics}, which read the quarters before it in the same fund and
 * view), and the company reporting records LPs subscribe to ({@link ReportingRecords}). Writes only
 * the rows that changed; runs inside the caller's transaction.
 */
@Component
class CompanyRecalculation {

  private final SqlFiles sql;
  private final ExchangeRates rates;
  private final ReportingRecords records;
  private final ObjectMapper json;

  CompanyRecalculation(SqlFiles sql, ExchangeRates rates, ReportingRecords records, ObjectMapper json) {
    this.sql = sql;
    this.rates = rates;
    this.records = records;
    this.json = json;
  }

  /** A company quarter as a current company-metrics record gives it. */
  private record StoredQuarter(long noticeId, int version, long fundId, LocalDate periodEnd, JsonNode line) {}

  /** A quarter in one view: the record it came from and its financials there. */
  private record ViewQuarter(StoredQuarter stored, QuarterFinancials financials) {}

  /** The company's reference data, as {@code company-valuation.sql} reads it. */
  private record Registered(String currency, BigDecimal postMoney, BigDecimal equityRaised, int version) {}

  /** Financials and metrics of the fund's quarters in one view, by the month each ends. */
  private record Series(long fundId, String view) {}

  /**
   * Every quarter of one company in every view, then its company reporting records, and asks for
   * its funds' performance (their portfolio aggregations); answers how many rows (financials,
   * metrics, record versions) it wrote.
   */
  int recalculate(long publisherId, String companyCode) {
    Map<Series, NavigableMap<YearMonth, ViewQuarter>> series = new LinkedHashMap<>();
    int written = 0;
    for (StoredQuarter quarter : storedQuarters(publisherId, companyCode)) {
      String local = quarter.line().path("currency").asText();
      Map<String, BigDecimal> reported = reported(quarter.line());
      for (String view : QuarterFinancials.VIEWS) {
        QuarterFinancials financials = view.equals("local") ? QuarterFinancials.local(local, reported)
            : QuarterFinancials.converted(view, reported, rates.rate(local, view, quarter.periodEnd()));
        written += saveFinancials(publisherId, companyCode, quarter, financials);
        series.computeIfAbsent(new Series(quarter.fundId(), view), key -> new TreeMap<>())
            .put(YearMonth.from(quarter.periodEnd()), new ViewQuarter(quarter, financials));
      }
    }
    sql.statement("reporting/remove-gone-quarters.sql")
        .param("publisherId", publisherId).param("companyCode", companyCode).update();
    Optional<Registered> company = registered(publisherId, companyCode);
    for (NavigableMap<YearMonth, ViewQuarter> quarters : series.values()) {
      NavigableMap<YearMonth, QuarterMetrics.Quarter> inputs = new TreeMap<>();
      quarters.forEach((month, quarter) -> inputs.put(month, new QuarterMetrics.Quarter(quarter.stored().periodEnd(),
          quarter.financials(), employees(quarter.stored().line()))));
      for (YearMonth month : quarters.keySet()) {
        written += saveMetrics(publisherId, companyCode, company, quarters, inputs, month);
      }
    }
    written += records.publish(publisherId, companyCode);
    // The funds' portfolio aggregations read these quarters and the company's reference data.
    sql.statement("performance/request-after-company.sql")
        .param("publisherId", publisherId).param("companyCode", companyCode).update();
    return written;
  }

  private int saveMetrics(long publisherId, String companyCode, Optional<Registered> company,
      NavigableMap<YearMonth, ViewQuarter> quarters, NavigableMap<YearMonth, QuarterMetrics.Quarter> inputs,
      YearMonth month) {
    ViewQuarter quarter = quarters.get(month);
    QuarterFinancials financials = quarter.financials();
    ExchangeRate companyRate = company.map(registered -> rates.rate(registered.currency(), financials.currency(),
        quarter.stored().periodEnd())).orElse(null);
    QuarterMetrics metrics = QuarterMetrics.of(inputs, month, valuation(companyCode, company, companyRate));

    List<ViewQuarter> read = QuarterMetrics.window(month).stream().map(quarters::get)
        .filter(Objects::nonNull).toList();
    TreeSet<Long> fxRateIds = read.stream().flatMap(q -> q.financials().fxRateIds().stream())
        .collect(Collectors.toCollection(TreeSet::new));
    if (companyRate != null) {
      companyRate.legs().forEach(leg -> fxRateIds.add(leg.id()));
    }
    Map<String, Object> row = new HashMap<>();
    row.put("publisherId", publisherId);
    row.put("fundId", quarter.stored().fundId());
    row.put("companyCode", companyCode);
    row.put("periodEnd", quarter.stored().periodEnd().toString());
    row.put("view", financials.view());
    row.put("metrics", text(metricsAsText(metrics.values())));
    row.put("notAvailable", text(metrics.notAvailable()));
    row.put("noticeIds", SqlFiles.array(read.stream().map(q -> q.stored().noticeId()).toList()));
    row.put("versions", SqlFiles.array(read.stream().map(q -> q.stored().version()).toList()));
    row.put("fxRateIds", SqlFiles.array(new ArrayList<>(fxRateIds)));
    row.put("companyVersion", company.map(Registered::version).orElse(null));
    return sql.statement("reporting/save-metrics.sql").params(row).query(Long.class).list().size();
  }

  /** The company's post-money valuation and equity raised in the view's currency at the quarter end. */
  private static QuarterMetrics.Valuation valuation(String companyCode, Optional<Registered> company,
      ExchangeRate rate) {
    if (company.isEmpty()) {
      String reason = "company " + companyCode + " is not registered (POST /api/v1/companies)";
      return new QuarterMetrics.Valuation(Figure.missing("post-money valuation", reason),
          Figure.missing("equity raised", reason));
    }
    return new QuarterMetrics.Valuation(
        converted("post-money valuation", companyCode, company.get().postMoney(), rate),
        converted("equity raised", companyCode, company.get().equityRaised(), rate));
  }

  private static Figure converted(String label, String companyCode, BigDecimal amount, ExchangeRate rate) {
    if (amount == null) {
      return Figure.missing(label, "the " + label + " of company " + companyCode + " is not given");
    }
    if (rate.rate() == null) {
      return Figure.missing(label, rate.reason());
    }
    return Figure.of(label, rate.converting(amount).converted());
  }

  private List<StoredQuarter> storedQuarters(long publisherId, String companyCode) {
    return sql.statement("reporting/company-quarters.sql")
        .param("publisherId", publisherId).param("companyCode", companyCode)
        .query((row, n) -> new StoredQuarter(row.getLong("notice_id"), row.getInt("version"), row.getLong("fund_id"),
            row.getObject("period_end", LocalDate.class), read(row.getString("content"))))
        .list();
  }

  private Optional<Registered> registered(long publisherId, String companyCode) {
    return sql.statement("reporting/company-valuation.sql")
        .param("publisherId", publisherId).param("companyCode", companyCode)
        .query((row, n) -> new Registered(row.getString("reporting_currency"), row.getBigDecimal("post_money_valuation"),
            row.getBigDecimal("equity_raised"), row.getInt("version")))
        .optional();
  }

  private int saveFinancials(long publisherId, String companyCode, StoredQuarter quarter, QuarterFinancials financials) {
    JsonNode line = quarter.line();
    Map<String, Object> row = new HashMap<>(financials.amounts());
    row.put("publisherId", publisherId);
    row.put("fundId", quarter.fundId());
    row.put("companyCode", companyCode);
    row.put("periodEnd", quarter.periodEnd().toString());
    row.put("fiscalYear", line.hasNonNull("fiscalYear") ? line.get("fiscalYear").asInt() : null);
    row.put("fiscalQuarter", line.hasNonNull("fiscalQuarter") ? line.get("fiscalQuarter").asInt() : null);
    row.put("view", financials.view());
    row.put("localCurrency", financials.localCurrency());
    row.put("currency", financials.currency());
    row.put("rate", financials.rate());
    row.put("rateDate", financials.rateDate() == null ? null : financials.rateDate().toString());
    row.put("reason", financials.reason());
    row.put("noticeId", quarter.noticeId());
    row.put("version", quarter.version());
    row.put("fxRateIds", SqlFiles.array(financials.fxRateIds()));
    return sql.statement("reporting/save-financials.sql").params(row).query(Long.class).list().size();
  }

  private static Map<String, BigDecimal> reported(JsonNode line) {
    Map<String, BigDecimal> reported = new HashMap<>();
    for (String figure : QuarterFinancials.FIGURES) {
      if (line.hasNonNull(figure)) {
        reported.put(figure, new BigDecimal(line.get(figure).asText()));
      }
    }
    return reported;
  }

  private static Long employees(JsonNode line) {
    return line.hasNonNull("employees") ? line.get("employees").asLong() : null;
  }

  /** Exact decimal text, as the API gives every amount (a JSON number would pass through binary floating point). */
  private static Map<String, String> metricsAsText(Map<String, BigDecimal> values) {
    Map<String, String> text = new LinkedHashMap<>();
    values.forEach((metric, value) -> text.put(metric, value == null ? null : value.toPlainString()));
    return text;
  }


  private String text(Map<String, String> value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode read(String content) {
    try {
      return json.readTree(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored company-metrics line is not JSON", e);
    }
  }
}
