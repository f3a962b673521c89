package org.pmdc.hub.cohorts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.pmdc.hub.api.PageRequest;
import org.pmdc.hub.api.ProblemException;
import org.pmdc.hub.api.RequestReader;
import org.pmdc.hub.security.Callers;
import org.springframework.stereotype.Component;

/**
 * Reads the cohorts API's requests (seed 002's trades, spends, thresholds and payments of a
 * company) into the named parameters of {@code sql/cohorts/}: the company (its database id, once
 * {@code company.sql} found that the caller sees it), the row's fields checked as the tables'
 * constraints are (a cohort month is {@code 2025-01} or the first of the month, percentages from 0
 * to 1, amounts not negative), and who made the change.
 */
@Component("cohortRequests")
public class CohortRequests {

  /** The exchange property holding the company's database id. */
  public static final String COMPANY = "cohortCompany";
  private static final String ACTOR = "cohortActor";
  private static final String COMPANY_ROW = "cohortCompanyRow";
  private static final Pattern TEXT_ID = Pattern.compile("^[^\\p{Cntrl}]{1,200}$");
  private static final int MONEY_PLACES = 4;
  private static final int FRACTION_PLACES = 10;

  private final ObjectMapper json;
  private final Callers callers;

  CohortRequests(ObjectMapper json, Callers callers) {
    this.json = json;
    this.callers = callers;
  }

  /** The company of the path, and who is asking (a company the caller does not see is a 404). */
  public Map<String, Object> company(Exchange exchange) {
    String id = exchange.getMessage().getHeader("id", String.class);
    Map<String, Object> row = callers.viewer(exchange);
    // Read while the message is still the HTTP request's: the statements that follow replace it.
    exchange.setProperty(ACTOR, callers.of(exchange).clientId());
    try {
      row.put("id", UUID.fromString(id).toString());
    } catch (IllegalArgumentException e) {
      throw noCompany(id);
    }
    return row;
  }

  /**
   * The company {@code company.sql} found: its database id, kept for the operation's statements
   * (the whole row in {@link #COMPANY_ROW}).
   */
  public long seen(Exchange exchange) {
    List<?> rows = exchange.getMessage().getBody(List.class);
    if (rows.isEmpty()) {
      throw noCompany(exchange.getMessage().getHeader("id", String.class));
    }
    Map<?, ?> company = (Map<?, ?>) rows.get(0);
    exchange.setProperty(COMPANY_ROW, company);
    return ((Number) company.get("id")).longValue();
  }

  /**
   * {@code POST .../payments/upload}: what the upload's mapping reads from the request rather
   * than the file (the {@code request} rules of {@code pmdc-company-payments-upload-csv}): the
   * company, its fund and currency, the batch's reference (one per company: each upload is its
   * next version) and today's date (UTC) as its date.
   */
  public String uploadValues(Exchange exchange) throws JsonProcessingException {
    Map<?, ?> company = exchange.getProperty(COMPANY_ROW, Map.class);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("companyId", company.get("code"));
    values.put("fundId", company.get("fund"));
    values.put("currency", company.get("currency"));
    values.put("reference", company.get("code") + "-payments-upload");
    values.put("asOfDate", LocalDate.now(ZoneOffset.UTC).toString());
    return json.writeValueAsString(values);
  }

  /** The company alone: a list, or the calculation. */
  public Map<String, Object> ofCompany(Exchange exchange) {
    Map<String, Object> row = new HashMap<>();
    row.put("company", exchange.getProperty(COMPANY));
    return row;
  }

  /** A new trade: {"cohortMonth", "sharingPercentage", "cashCap"}. */
  public Map<String, Object> trade(Exchange exchange) {
    RequestReader in = body(exchange);
    Map<String, Object> row = changed(exchange);
    row.put("cohortMonth", month(in, "cohortMonth", in.text("cohortMonth", true)));
    row.put("sharingPercentage", fraction(in, "sharingPercentage"));
    row.put("cashCap", required(in, "cashCap"));
    return in.done(row);
  }

  /** A spend: {"cohortMonth", "spend"}; an update names the cohort month in its path. */
  public Map<String, Object> spend(Exchange exchange) {
    RequestReader in = body(exchange);
    Map<String, Object> row = changed(exchange);
    String month = keyOr(exchange, "cohortMonth", in, text -> month(in, "cohortMonth", text));
    in.check(month != null || in.has("cohortMonth"), "cohortMonth", null, "is required");
    row.put("cohortMonth", month);
    row.put("spend", required(in, "spend"));
    return in.done(row);
  }

  /** A threshold: {"paymentPeriodMonth", "minimumPaymentPercent"}; an update names the period in its path. */
  public Map<String, Object> threshold(Exchange exchange) {
    RequestReader in = body(exchange);
    Map<String, Object> row = changed(exchange);
    String path = exchange.getMessage().getHeader("period", String.class);
    Integer period = path == null ? periodInBody(in) : periodOf(in, path);
    in.check(period != null, "paymentPeriodMonth", null, "is required");
    row.put("period", period);
    row.put("minimumPaymentPercent", fraction(in, "minimumPaymentPercent"));
    return in.done(row);
  }

  /** A create's period number, when given. */
  private static Integer periodInBody(RequestReader in) {
    return in.has("paymentPeriodMonth") ? in.integer("paymentPeriodMonth", 0, 0, 1200) : null;
  }

  /**
   * A payment: {"paymentId", "customerId", "paymentDate", "cohortMonth", "amount"}; an update
   * names the payment id in its path. Paid before its cohort month is refused.
   */
  public Map<String, Object> payment(Exchange exchange) {
    RequestReader in = body(exchange);
    Map<String, Object> row = changed(exchange);
    String paymentId = keyOr(exchange, "paymentId", in, UnaryOperator.identity());
    in.check(paymentId != null || in.has("paymentId"), "paymentId", null, "is required");
    in.check(paymentId == null || TEXT_ID.matcher(paymentId).matches(), "paymentId", paymentId, "must be 1 to 200 characters");
    row.put("paymentId", paymentId);
    row.put("customerId", in.code("customerId", TEXT_ID, "1 to 200 characters"));
    String cohortMonth = month(in, "cohortMonth", in.text("cohortMonth", true));
    String paymentDate = in.date("paymentDate");
    in.check(paymentDate != null || in.has("paymentDate"), "paymentDate", null, "is required");
    in.check(paymentDate == null || cohortMonth == null || !LocalDate.parse(paymentDate).isBefore(LocalDate.parse(cohortMonth)),
        "paymentDate", paymentDate, "is before the cohort month " + cohortMonth);
    row.put("cohortMonth", cohortMonth);
    row.put("paymentDate", paymentDate);
    row.put("amount", required(in, "amount"));
    return in.done(row);
  }

  /** {@code DELETE .../payments/{paymentId}}. */
  public Map<String, Object> paymentKey(Exchange exchange) {
    Map<String, Object> row = ofCompany(exchange);
    row.put("paymentId", exchange.getMessage().getHeader("paymentId", String.class));
    return row;
  }

  /** {@code GET .../payments}: a page, optionally of one cohort month and of one month paid in. */
  public Map<String, Object> paymentQuery(Exchange exchange) {
    RequestReader in = RequestReader.query(exchange.getMessage(), "cohortMonth", "paidIn");
    PageRequest page = in.page();
    Map<String, Object> row = ofCompany(exchange);
    String month = in.text("cohortMonth", false);
    row.put("cohortMonth", month == null ? null : month(in, "cohortMonth", month));
    String paidIn = in.text("paidIn", false);
    row.put("paidIn", paidIn == null ? null : month(in, "paidIn", paidIn));
    row.put("after", page.cursor());
    row.put("limit", page.limit());
    return in.done(row);
  }

  /** {@code POST .../cashflows/predicted}: {"churn"}, a monthly rate from 0 to 1. */
  public BigDecimal churn(Exchange exchange) {
    RequestReader in = body(exchange);
    String churn = fraction(in, "churn");
    in.done(Map.of());
    return new BigDecimal(churn);
  }

  private RequestReader body(Exchange exchange) {
    return RequestReader.body(json, exchange.getMessage().getBody(String.class), false);
  }

  private Map<String, Object> changed(Exchange exchange) {
    Map<String, Object> row = ofCompany(exchange);
    row.put("actor", exchange.getProperty(ACTOR, String.class));
    return row;
  }

  /**
   * The path's key on an update (the body's, if given, must be the same), else the body's; each
   * read as {@code read} reads it.
   */
  private static String keyOr(Exchange exchange, String name, RequestReader in, UnaryOperator<String> read) {
    String fromPath = exchange.getMessage().getHeader(name, String.class);
    String fromBody = read.apply(in.text(name, false));
    if (fromPath == null) {
      return fromBody;
    }
    String key = read.apply(fromPath);
    in.check(fromBody == null || fromBody.equals(key), name, fromBody, "differs from the " + name + " of the path, "
        + fromPath + ": a row's key does not change (delete it and create another)");
    return key;
  }

  /** {@code 2025-01} or {@code 2025-01-01} as the first day of the month; a problem with the field otherwise. */
  static String month(RequestReader in, String field, String text) {
    if (text == null) {
      return null;
    }
    try {
      if (text.length() == 7) {
        return YearMonth.parse(text).atDay(1).toString();
      }
      LocalDate date = LocalDate.parse(text);
      in.check(date.getDayOfMonth() == 1, field, text, "must be a month, 2025-01, or its first day, 2025-01-01");
      return date.toString();
    } catch (DateTimeParseException e) {
      in.check(false, field, text, "must be a month, 2025-01, or its first day, 2025-01-01");
      return null;
    }
  }

  private static Integer periodOf(RequestReader in, String text) {
    boolean valid = text.matches("\\d{1,4}");
    in.check(valid, "paymentPeriodMonth", text, "must be a period number, 0 or more");
    return valid ? Integer.valueOf(text) : null;
  }

  /** A fraction from 0 to 1 (0.2 is 20 %) to at most 10 places, required. */
  private static String fraction(RequestReader in, String field) {
    BigDecimal value = decimal(in, field, FRACTION_PLACES);
    in.check(value == null || value.compareTo(BigDecimal.ONE) <= 0, field, value == null ? null : value.toPlainString(),
        "must be a fraction from 0 to 1 (0.2 is 20 %)");
    return value == null ? null : value.toPlainString();
  }

  /** An amount, not negative, to at most 4 places (as the hub stores money), required. */
  private static BigDecimal required(RequestReader in, String field) {
    return decimal(in, field, MONEY_PLACES);
  }

  private static BigDecimal decimal(RequestReader in, String field, int places) {
    BigDecimal value = in.amount(field);
    in.check(value != null || in.has(field), field, null, "is required");
    in.check(value == null || value.stripTrailingZeros().scale() <= places, field,
        value == null ? null : value.toPlainString(), "has more than " + places + " decimal places");
    return value;
  }

  private static ProblemException noCompany(String id) {
    return ProblemException.notFound("No company has the id '" + id + "'.");
  }
}
