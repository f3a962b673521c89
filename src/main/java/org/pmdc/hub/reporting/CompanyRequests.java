package org.pmdc.hub.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.pmdc.hub.api.PageRequest;
import org.pmdc.hub.api.ProblemException;
import org.pmdc.hub.api.RequestReader;
import org.pmdc.hub.canonical.Money;
import org.pmdc.hub.security.Caller;
import org.pmdc.hub.security.Callers;
import org.pmdc.hub.security.Role;
import org.springframework.stereotype.Component;

/**
 * Reads the companies API's requests: a company to create or update (seed 003's {@code POST
 * /company/}), with its If-Match, and the filters of a list. Who sees which companies is the
 * caller's: the named parameters {@code viewerPublisher} and {@code viewerSubscriber} carry it to
 * {@code sql/companies/}, where the entitlement function decides.
 */
@Component("companyRequests")
public class CompanyRequests {

  static final List<String> STATUSES = List.of("active", "exited", "written_off", "inactive");
  static final List<String> CUSTOMER_TYPES = List.of("B2B", "B2C", "B2B2C", "B2G");
  static final List<String> REVENUE_TYPES = List.of("recurring", "transactional", "mixed");
  private static final Pattern COMPANY_CODE = Pattern.compile("^[^\\p{Cntrl}]{1,100}$");
  private static final Pattern VERSION_TAG = Pattern.compile("^(?:W/)?\"v(\\d{1,9})\"$");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final ObjectMapper json;
  private final Callers callers;

  CompanyRequests(ObjectMapper json, Callers callers) {
    this.json = json;
    this.callers = callers;
  }

  /**
   * A company to save: a publisher saves its own (whatever the body says), staff name the
   * publisher. {@code ifMatch} is the version an update was made from (null: no If-Match).
   */
  public Map<String, Object> company(Exchange exchange) {
    Caller caller = callers.of(exchange);
    RequestReader in = RequestReader.body(json, exchange.getMessage().getBody(String.class), false);
    Map<String, Object> row = new HashMap<>();
    row.put("publisher", caller.role() == Role.PUBLISHER ? caller.participant() : in.text("publisher", true));
    row.put("code", in.code("code", COMPANY_CODE, "the company's id in the publisher's records, 1 to 100 characters"));
    row.put("name", in.text("name", true));
    row.put("fund", in.text("fund", true));
    row.put("reportingStatus", in.oneOf("reportingStatus", "active", STATUSES));
    String currency = in.text("reportingCurrency", true);
    String notACurrency = currency == null ? null : Money.notACurrency(currency).orElse(null);
    in.check(notACurrency == null, "reportingCurrency", currency, notACurrency);
    row.put("reportingCurrency", currency);
    String country = in.text("locationCountry", false);
    in.check(country == null || COUNTRIES.contains(country), "locationCountry", country,
        "must be an ISO 3166-1 alpha-2 country code such as US or CA");
    row.put("locationCountry", country);
    row.put("customerType", in.optionalOneOf("customerType", CUSTOMER_TYPES));
    row.put("revenueType", in.optionalOneOf("revenueType", REVENUE_TYPES));
    row.put("sector", in.text("sector", false));
    row.put("stage", in.text("stage", false));
    row.put("equityRaised", in.amount("equityRaised"));
    row.put("postMoneyValuation", in.amount("postMoneyValuation"));
    row.put("yearEndDate", in.date("yearEndDate"));
    row.put("ifMatch", version(exchange.getMessage().getHeader("If-Match", String.class)));
    row.put("actor", caller.clientId());
    return in.done(row);
  }

  /** {@code GET /companies}: filters, a page, and who is asking. */
  public Map<String, Object> query(Exchange exchange) {
    Message request = exchange.getMessage();
    RequestReader in = RequestReader.query(request, "publisher", "fund", "status", "currency", "name");
    PageRequest page = in.page();
    Map<String, Object> row = viewer(exchange);
    row.put("publisher", in.text("publisher", false));
    row.put("fund", in.text("fund", false));
    row.put("status", in.optionalOneOf("status", STATUSES));
    row.put("currency", in.text("currency", false));
    row.put("name", in.text("name", false));
    row.put("after", page.cursor());
    row.put("limit", page.limit());
    return in.done(row);
  }

  /** {@code GET /reporting} and {@code /metrics}: seed 003's filters (company, fund, year, quarter, currency). */
  public Map<String, Object> reportingQuery(Exchange exchange) {
    RequestReader in = RequestReader.query(exchange.getMessage(), "publisher", "company", "fund", "year", "quarter",
        "currency");
    Map<String, Object> row = quarterFilters(exchange, in);
    row.put("view", in.optionalOneOf("currency", QuarterFinancials.VIEWS));
    return in.done(row);
  }

  /** {@code GET /input}: seed 003's filters and its reporting-date range (from, to: period ends, inclusive). */
  public Map<String, Object> inputQuery(Exchange exchange) {
    RequestReader in = RequestReader.query(exchange.getMessage(), "publisher", "company", "fund", "year", "quarter",
        "from", "to");
    Map<String, Object> row = quarterFilters(exchange, in);
    row.put("from", in.date("from"));
    row.put("to", in.date("to"));
    return in.done(row);
  }

  /** The filters every company-quarter list takes, a page, and who is asking. */
  private Map<String, Object> quarterFilters(Exchange exchange, RequestReader in) {
    PageRequest page = in.page();
    Map<String, Object> row = viewer(exchange);
    row.put("publisher", in.text("publisher", false));
    row.put("company", in.text("company", false));
    row.put("fund", in.text("fund", false));
    row.put("year", in.wholeNumber("year", 1900, 2200));
    row.put("quarter", in.wholeNumber("quarter", 1, 4));
    row.put("after", page.cursor());
    row.put("limit", page.limit());
    return row;
  }

  /** {@code GET /companies/{id}}: the id, and who is asking (another's company is a 404). */
  public Map<String, Object> one(Exchange exchange) {
    String id = exchange.getMessage().getHeader("id", String.class);
    Map<String, Object> row = viewer(exchange);
    try {
      row.put("id", UUID.fromString(id).toString());
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("No company has the id '" + id + "'.");
    }
    return row;
  }

  /** Who is asking, as {@code sql/companies/} filters by it: a publisher, a subscriber, or staff (neither). */
  public Map<String, Object> viewer(Exchange exchange) {
    return callers.viewer(exchange);
  }

  /** The version an If-Match names ({@code "v3"}); null without one; 412 for a tag this API never gave. */
  private static Integer version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    var tag = VERSION_TAG.matcher(ifMatch.trim());
    if (!tag.matches()) {
      throw new ProblemException(412, "precondition-failed", "Precondition Failed",
          "If-Match must be the ETag a read of the company gave, such as \"v3\"; it was " + ifMatch + ".");
    }
    return Integer.valueOf(tag.group(1));
  }
}
