package org.pmdc.hub.cohorts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.pmdc.hub.cohorts.CohortCashflows.Cohort;
import org.pmdc.hub.cohorts.CohortCashflows.Collection;
import org.pmdc.hub.cohorts.CohortCashflows.PaymentMonth;
import org.pmdc.hub.cohorts.CohortCashflows.Period;
import org.pmdc.hub.cohorts.CohortCashflows.Spend;
import org.pmdc.hub.cohorts.CohortCashflows.Threshold;
import org.pmdc.hub.cohorts.CohortCashflows.Trade;
import org.pmdc.hub.database.SqlFiles;
import org.springframework.stereotype.Component;

/**
 * Seed 002's analytics of one company from what the hub holds at that moment: the cohort
 * cashflows, actual or with predicted periods, and the cohort table; computed when asked, or kept
 * by {@link CohortResults} while the inputs do not change.
 * One statement reads the inputs, the payments summed per cohort and calendar month by PostgreSQL
 * ({@code calculation-inputs.sql}); {@link CohortCashflows} does the rest. Each period says how many
 * payments make it and where to list them.
 */
@Component("cohortAnalytics")
public class CohortAnalytics {

  private final SqlFiles sql;
  private final ObjectMapper json;

  CohortAnalytics(SqlFiles sql, ObjectMapper json) {
    this.sql = sql;
    this.json = json;
  }

  /** {@code GET .../cashflows} (no churn) and {@code POST .../cashflows/predicted}. */
  public String cashflows(Exchange exchange, BigDecimal churn) throws JsonProcessingException {
    return cashflows(exchange.getProperty(CohortRequests.COMPANY, Long.class),
        exchange.getMessage().getHeader("id", String.class), Optional.ofNullable(churn));
  }

  /** {@code GET .../cohorts_table}: the cohort × period matrix of the actual periods. */
  public String cohortTable(Exchange exchange) throws JsonProcessingException {
    return cohortTable(exchange.getProperty(CohortRequests.COMPANY, Long.class));
  }

  /** The cohort cashflows of a company (its database id; its public id for the payments' links). */
  String cashflows(long companyId, String company, Optional<BigDecimal> churn) throws JsonProcessingException {
    List<Cohort> cohorts = compute(companyId, churn);
    ObjectNode document = json.createObjectNode().put("churn", churn.map(BigDecimal::toPlainString).orElse(null));
    ArrayNode list = document.putArray("cohorts");
    for (Cohort cohort : cohorts) {
      ObjectNode item = list.addObject().put("cohortMonth", cohort.cohort().toString()).put("funded", cohort.funded());
      item.put("spend", money(cohort.spend()));
      if (cohort.trade() != null) {
        item.putObject("trade").put("sharingPercentage", ratio(cohort.trade().sharingPercentage()))
            .put("cashCap", money(cohort.trade().cashCap()));
      } else {
        item.putNull("trade");
      }
      item.put("cumulativePayment", money(cohort.cumulativePayment()))
          .put("cumulativeCollected", money(cohort.cumulativeCollected()));
      if (cohort.capped() == null) {
        item.putNull("capped");
      } else {
        item.put("capped", cohort.capped());
      }
      item.put("note", cohort.note());
      item.set("irr", cohort.irr() == null ? null : irr(cohort.irr()));
      ArrayNode periods = item.putArray("periods");
      cohort.periods().forEach(period -> periods.add(period(company, cohort.cohort(), period)));
    }
    return json.writeValueAsString(document);
  }

  String cohortTable(long companyId) throws JsonProcessingException {
    List<Cohort> cohorts = compute(companyId, Optional.empty());
    ObjectNode document = json.createObjectNode();
    document.put("periods", cohorts.stream().mapToInt(c -> c.periods().size()).max().orElse(0));
    ArrayNode rows = document.putArray("cohorts");
    for (Cohort cohort : cohorts) {
      ObjectNode row = rows.addObject().put("cohortMonth", cohort.cohort().toString()).put("spend", money(cohort.spend()))
          .put("funded", cohort.funded());
      ArrayNode cells = row.putArray("cells");
      for (Period period : cohort.periods()) {
        Collection collection = period.collection();
        cells.addObject().put("period", period.period()).put("month", period.month().toString())
            .put("payment", money(period.payment()))
            .put("cumulativePayment", money(period.cumulativePayment()))
            .put("cumulativePercentOfSpend", cohort.spend() == null || cohort.spend().signum() == 0 ? null
                : ratio(period.cumulativePayment().divide(cohort.spend(), CohortCashflows.RATIO_SCALE,
                    RoundingMode.HALF_EVEN)))
            .put("collected", collection == null ? null : money(collection.collected()))
            .put("cumulativeCollected", collection == null ? null : money(collection.cumulativeCollected()));
      }
    }
    return json.writeValueAsString(document);
  }

  private List<Cohort> compute(long company, Optional<BigDecimal> churn) {
    List<Spend> spends = new ArrayList<>();
    List<Trade> trades = new ArrayList<>();
    List<Threshold> thresholds = new ArrayList<>();
    List<PaymentMonth> payments = new ArrayList<>();
    sql.statement("cohorts/calculation-inputs.sql").param("company", company).query(row -> {
      YearMonth cohort = month(row.getDate("cohort_month"));
      BigDecimal amount = row.getBigDecimal("amount");
      switch (row.getString("kind")) {
        case "spend" -> spends.add(new Spend(cohort, amount));
        case "trade" -> trades.add(new Trade(row.getLong("n"), cohort, amount, row.getBigDecimal("cap")));
        case "threshold" -> thresholds.add(new Threshold(row.getInt("n"), amount));
        default -> payments.add(new PaymentMonth(cohort, month(row.getDate("month")), amount, row.getLong("n")));
      }
    });
    return CohortCashflows.of(spends, trades, thresholds, payments, churn);
  }

  private ObjectNode period(String company, YearMonth cohort, Period period) {
    ObjectNode node = json.createObjectNode().put("period", period.period()).put("month", period.month().toString())
        .put("predicted", period.predicted()).put("payment", money(period.payment()))
        .put("paymentCount", period.paymentCount()).put("cumulativePayment", money(period.cumulativePayment()))
        .put("paymentPercentOfSpend", ratio(period.paymentPercentOfSpend()));
    node.put("payments", period.predicted() ? null
        : "/api/v1/companies/" + company + "/payments?cohortMonth=" + cohort + "&paidIn=" + period.month());
    Collection collection = period.collection();
    if (collection != null) {
      node.put("thresholdMinimum", ratio(collection.thresholdMinimum()))
          .put("thresholdExpectedPayment", money(collection.thresholdExpectedPayment()))
          .put("thresholdFailed", collection.thresholdFailed()).put("shareApplied", ratio(collection.shareApplied()))
          .put("collected", money(collection.collected()))
          .put("cumulativeCollected", money(collection.cumulativeCollected())).put("capped", collection.capped());
    }
    return node;
  }

  private ObjectNode irr(CohortCashflows.Irr irr) {
    ObjectNode node = json.createObjectNode().put("annualized", ratio(irr.annualized())).put("monthly", ratio(irr.monthly()))
        .put("periodReturn", ratio(irr.periodReturn())).put("months", irr.months()).put("notAvailable", irr.reason());
    ArrayNode roots = node.putArray("roots");
    irr.roots().forEach(root -> roots.add(root.toPlainString()));
    return node;
  }

  private static YearMonth month(Date date) {
    return date == null ? null : YearMonth.from(date.toLocalDate());
  }

  /** Money as the hub shows it: exact, at least the cents, without trailing zeros beyond them. */
  static String money(BigDecimal amount) {
    if (amount == null) {
      return null;
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.setScale(Math.max(2, stripped.scale())).toPlainString();
  }

  static String ratio(BigDecimal ratio) {
    return ratio == null ? null : ratio.stripTrailingZeros().toPlainString();
  }
}
