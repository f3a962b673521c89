package org.pmdc.hub.performance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.pmdc.hub.api.PageRequest;
import org.pmdc.hub.api.RequestReader;
import org.pmdc.hub.canonical.Money;
import org.pmdc.hub.security.Callers;
import org.springframework.stereotype.Component;

/**
 * Reads the performance API's requests: which funds or investors, as of which date, and who is
 * asking (the named parameters {@code viewerPublisher} and {@code viewerSubscriber}, for {@code
 * sees_performance} in SQL, where the entitlement is decided).
 */
@Component("performanceRequests")
public class PerformanceRequests {

  private static final Pattern PERIOD = Pattern.compile("^(\\d{1,3})([my])$");

  private final Callers callers;

  PerformanceRequests(Callers callers) {
    this.callers = callers;
  }

  /** {@code GET /dashboards/fund-performance/metrics}: the funds' snapshots. */
  public Map<String, Object> funds(Exchange exchange) {
    RequestReader in = RequestReader.query(exchange.getMessage(), "publisher", "fund", "asOf", "explain");
    Map<String, Object> row = snapshots(exchange, "fund", in);
    row.put("explain", in.flag("explain", false));
    return in.done(row);
  }

  /** {@code GET /dashboards/fund-performance/investors}: seed 004's LP reporting, the investors' snapshots. */
  public Map<String, Object> investors(Exchange exchange) {
    RequestReader in = RequestReader.query(exchange.getMessage(), "publisher", "fund", "investor", "asOf", "explain");
    Map<String, Object> row = snapshots(exchange, "investors", in);
    row.put("investor", in.text("investor", false));
    row.put("explain", in.flag("explain", false));
    return in.done(row);
  }

  /** {@code GET /dashboards/portfolio-analytics/<part>}: the funds' portfolio aggregations as of a date. */
  public Map<String, Object> portfolio(Exchange exchange, String part) {
    RequestReader in = RequestReader.query(exchange.getMessage(), "publisher", "fund", "asOf");
    Map<String, Object> row = snapshots(exchange, "fund", in);
    row.put("part", part);
    return in.done(row);
  }

  /**
   * {@code GET /lp/performance}: the subscriber (only a subscriber may ask), the date (today when
   * not given: the snapshots of today) and the reporting currency (USD when not given).
   */
  public Map<String, Object> lpView(Exchange exchange) {
    String subscriber = callers.subscriber(exchange);
    RequestReader in = RequestReader.query(exchange.getMessage(), "asOf", "currency");
    Map<String, Object> row = new HashMap<>();
    row.put("viewerSubscriber", subscriber);
    String asOf = in.date("asOf");
    row.put("asOf", asOf == null ? LocalDate.now(ZoneOffset.UTC).toString() : asOf);
    String currency = in.text("currency", false);
    String notACurrency = currency == null ? null : Money.notACurrency(currency).orElse(null);
    in.check(notACurrency == null, "currency", currency, notACurrency);
    row.put("currency", currency == null ? "USD" : currency);
    return in.done(row);
  }

  /** {@code GET /dashboards/fund-performance/trend}: a fund's (or each fund's) quarter ends over a period ({@code 24m}, {@code 5y}). */
  public Map<String, Object> trend(Exchange exchange) {
    RequestReader in = RequestReader.query(exchange.getMessage(), "publisher", "fund", "period");
    Map<String, Object> row = callers.viewer(exchange);
    row.put("publisher", in.text("publisher", false));
    row.put("fund", in.text("fund", false));
    String period = in.text("period", false);
    Matcher months = PERIOD.matcher(period == null ? "24m" : period);
    in.check(months.matches(), "period", period, "a number of months or years such as 24m or 5y");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    row.put("since", !months.matches() ? null : (months.group(2).equals("y")
        ? today.minusYears(Long.parseLong(months.group(1))) : today.minusMonths(Long.parseLong(months.group(1))))
        .toString());
    return in.done(row);
  }

  private Map<String, Object> snapshots(Exchange exchange, String scope, RequestReader in) {
    PageRequest page = in.page();
    Map<String, Object> row = callers.viewer(exchange);
    row.put("scope", scope);
    row.put("publisher", in.text("publisher", false));
    row.put("fund", in.text("fund", false));
    row.put("investor", null);
    row.put("asOf", in.date("asOf"));
    row.put("after", page.cursor());
    row.put("limit", page.limit());
    return row;
  }

}
