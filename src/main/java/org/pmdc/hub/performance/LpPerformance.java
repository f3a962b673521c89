package org.pmdc.hub.performance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pmdc.hub.fx.ExchangeRate;
import org.pmdc.hub.fx.ExchangeRates;
import org.pmdc.hub.reporting.Figure;
import org.springframework.stereotype.Component;

/**
 * An LP's look-through across every GP it subscribes to (docs/metrics.md, "An LP's portfolio"):
 * its investors' snapshots in each fund, and their amounts consolidated in a reporting currency,
 * each converted with the rate of the as-of date (the FX rule of metrics.md), with the multiples of
 * the consolidated amounts and the IRR of every flow converted at its own date. A figure an
 * investment lacks, or a currency without a rate, leaves the consolidated figure null with the
 * reason.
 */
@Component("lpPerformance")
public class LpPerformance {

  private static final List<String> AMOUNTS = List.of("committed", "called", "distributed", "recallable", "unfunded",
      "nav");

  private final ExchangeRates rates;
  private final ObjectMapper json;

  LpPerformance(ExchangeRates rates, ObjectMapper json) {
    this.rates = rates;
    this.json = json;
  }

  /** The answer: each investment as its snapshot, then the consolidation. */
  public String consolidated(List<Map<String, Object>> snapshots, Map<String, Object> request)
      throws JsonProcessingException {
    String currency = (String) request.get("currency");
    LocalDate asOf = LocalDate.parse((String) request.get("asOf"));
    Map<String, Figure> totals = new LinkedHashMap<>();
    AMOUNTS.forEach(name -> totals.put(name, Figure.of(name, BigDecimal.ZERO)));
    List<Object> investments = new ArrayList<>();
    List<Map<String, Object>> conversions = new ArrayList<>();
    List<Xirr.CashFlow> flows = new ArrayList<>();
    String flowsMissing = null;
    for (Map<String, Object> snapshot : snapshots) {
      JsonNode document = json.readTree((String) snapshot.get("document"));
      investments.add(document);
      String from = (String) snapshot.get("currency");
      ExchangeRate rate = rates.rate(from, currency, asOf);
      conversions.add(conversion(document, rate));
      JsonNode figures = json.readTree((String) snapshot.get("figures"));
      for (String name : AMOUNTS) {
        totals.put(name, totals.get(name).plus(converted(document, figures.path(name), rate, name)));
      }
      for (JsonNode flow : json.readTree((String) snapshot.get("cash_flows"))) {
        if (!flow.hasNonNull("amount")) {
          continue; // a statement line: a position, not a flow
        }
        LocalDate date = LocalDate.parse(flow.get("date").asText());
        Figure amount = converted(document, flow.get("amount"), rates.rate(from, currency, date), "cash flow");
        if (amount.known()) {
          flows.add(new Xirr.CashFlow(date, amount.value()));
        } else if (flowsMissing == null) {
          flowsMissing = amount.reason();
        }
      }
    }
    Map<String, Object> consolidated = new LinkedHashMap<>();
    Map<String, String> reasons = new LinkedHashMap<>();
    totals.forEach((name, figure) -> put(consolidated, reasons, name, figure));
    Figure called = totals.get("called");
    Figure distributed = totals.get("distributed");
    Figure nav = totals.get("nav");
    put(consolidated, reasons, "tvpi", distributed.plus(nav).ratioTo(called, "TVPI"));
    put(consolidated, reasons, "dpi", distributed.ratioTo(called, "DPI"));
    put(consolidated, reasons, "rvpi", nav.ratioTo(called, "RVPI"));
    put(consolidated, reasons, "irr", irr(flows, flowsMissing, nav, asOf));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("asOf", asOf.toString());
    answer.put("currency", currency);
    answer.put("investments", investments);
    answer.put("consolidated", consolidated);
    answer.put("notAvailable", reasons);
    answer.put("conversions", conversions);
    return json.writeValueAsString(answer);
  }

  /**
   * XIRR of every investment's flows, each converted at the rate of its own date, with the
   * consolidated NAV (at the as-of date's rates) as the final inflow.
   */
  private static Figure irr(List<Xirr.CashFlow> flows, String flowsMissing, Figure nav, LocalDate asOf) {
    if (flowsMissing != null) {
      return Figure.missing("IRR", flowsMissing);
    }
    if (!nav.known()) {
      return Figure.missing("IRR", nav.reason());
    }
    List<Xirr.CashFlow> all = new ArrayList<>(flows);
    all.add(new Xirr.CashFlow(asOf, nav.value()));
    Xirr.Result irr = Xirr.of(all);
    return Figure.of("IRR", irr.annualized(), irr.reason());
  }

  /** An investment's amount in the reporting currency, or why it cannot be counted. */
  private static Figure converted(JsonNode investment, JsonNode value, ExchangeRate rate, String name) {
    String where = investment.path("publisher").asText() + "/" + investment.path("fund").asText() + " "
        + investment.path("investor").asText();
    if (!value.isTextual()) {
      return Figure.missing(name, where + ": " + investment.at("/notAvailable/" + name).asText("not given"));
    }
    if (rate.rate() == null) {
      return Figure.missing(name, where + ": " + rate.reason());
    }
    return Figure.of(name, rate.converting(new BigDecimal(value.asText())).converted());
  }

  private static Map<String, Object> conversion(JsonNode investment, ExchangeRate rate) {
    Map<String, Object> conversion = new LinkedHashMap<>();
    conversion.put("publisher", investment.path("publisher").asText());
    conversion.put("fund", investment.path("fund").asText());
    conversion.put("investor", investment.path("investor").asText());
    conversion.put("from", rate.base());
    conversion.put("rate", rate.rate() == null ? null : rate.rate().toPlainString());
    conversion.put("rateDate", rate.rateDate() == null ? null : rate.rateDate().toString());
    conversion.put("notAvailableReason", rate.reason());
    return conversion;
  }

  private static void put(Map<String, Object> figures, Map<String, String> reasons, String name, Figure figure) {
    figures.put(name, figure.known() ? figure.value().stripTrailingZeros().toPlainString() : null);
    if (!figure.known()) {
      reasons.put(name, figure.reason());
    }
  }
}
