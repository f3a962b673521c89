package org.pmdc.hub.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.pmdc.hub.database.SqlFiles;
import org.pmdc.hub.fx.ExchangeRates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the reporting of the companies asked for in {@code company_recalculation}: each one in
 * its own transaction, which takes the request, writes the quarters that changed and removes the
 * request, so several hubs share the work and a crash leaves nothing half-written. A company whose
 * recalculation fails is postponed and the rest go on.
 */
@Component("companyReporting")
public class CompanyReporting {

  private static final Logger log = LoggerFactory.getLogger(CompanyReporting.class);

  private final SqlFiles sql;
  private final ExchangeRates rates;
  private final ObjectMapper json;
  private final TransactionTemplate transactions;

  CompanyReporting(SqlFiles sql, ExchangeRates rates, ObjectMapper json, PlatformTransactionManager transactions) {
    this.sql = sql;
    this.rates = rates;
    this.json = json;
    this.transactions = new TransactionTemplate(transactions);
  }

  /** A company asked for, as {@code claim-recalculation.sql} takes it. */
  record Request(long publisherId, String companyCode, String reason, int attempts) {}

  /** A company quarter as a current company-metrics record gives it. */
  record Quarter(long noticeId, int version, long fundId, LocalDate periodEnd, String content) {}

  /** Works through every company due now; answers how many quarter views it wrote. */
  public int recalculateRequested() {
    int written = 0;
    for (OptionalInt next = recalculateNext(); next.isPresent(); next = recalculateNext()) {
      written += next.getAsInt();
    }
    return written;
  }

  /** The next company due: the views it wrote (0 when it failed and was postponed); empty when none is due. */
  private OptionalInt recalculateNext() {
    AtomicReference<Request> taken = new AtomicReference<>();
    try {
      return transactions.execute(status -> sql.statement("reporting/claim-recalculation.sql")
          .query((row, n) -> new Request(row.getLong("publisher_id"), row.getString("company_code"),
              row.getString("reason"), row.getInt("attempts")))
          .optional()
          .map(request -> {
            taken.set(request);
            return OptionalInt.of(recalculate(request.publisherId(), request.companyCode()));
          })
          .orElse(OptionalInt.empty()));
    } catch (RuntimeException e) {
      if (taken.get() == null) {
        throw e;
      }
      postpone(taken.get(), e);
      return OptionalInt.of(0);
    }
  }

  /** Every quarter of one company in every view; the quarters no record gives any more removed. */
  int recalculate(long publisherId, String companyCode) {
    int written = 0;
    List<Quarter> quarters = sql.statement("reporting/company-quarters.sql")
        .param("publisherId", publisherId).param("companyCode", companyCode)
        .query((row, n) -> new Quarter(row.getLong("notice_id"), row.getInt("version"), row.getLong("fund_id"),
            row.getObject("period_end", LocalDate.class), row.getString("content")))
        .list();
    for (Quarter quarter : quarters) {
      JsonNode line = read(quarter.content());
      String local = line.path("currency").asText();
      Map<String, BigDecimal> reported = reported(line);
      for (String view : QuarterFinancials.VIEWS) {
        QuarterFinancials financials = view.equals("local") ? QuarterFinancials.local(local, reported)
            : QuarterFinancials.converted(view, reported, rates.rate(local, view, quarter.periodEnd()));
        written += save(publisherId, companyCode, quarter, line, financials);
      }
    }
    sql.statement("reporting/remove-gone-quarters.sql")
        .param("publisherId", publisherId).param("companyCode", companyCode).update();
    return written;
  }

  private int save(long publisherId, String companyCode, Quarter quarter, JsonNode line, QuarterFinancials financials) {
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
    row.put("fxRateIds", "{" + String.join(",", financials.fxRateIds().stream().map(String::valueOf).toList()) + "}");
    return sql.statement("reporting/save-financials.sql").params(row).query(Long.class).list().size();
  }

  private void postpone(Request request, RuntimeException error) {
    int attempts = request.attempts() + 1;
    long delaySeconds = Math.min(3600, 30L << Math.min(attempts - 1, 7)); // 30 s, doubling, at most an hour
    log.error("Reporting of company {} (publisher {}) not computed, attempt {}; again in {} s", request.companyCode(),
        request.publisherId(), attempts, delaySeconds, error);
    transactions.executeWithoutResult(status -> sql.statement("reporting/postpone-recalculation.sql")
        .param("publisherId", request.publisherId()).param("companyCode", request.companyCode())
        .param("reason", request.reason()).param("attempts", attempts).param("delay", delaySeconds + " seconds")
        .param("error", String.valueOf(error.getMessage())).update());
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

  private JsonNode read(String content) {
    try {
      return json.readTree(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored company-metrics line is not JSON", e);
    }
  }
}
