package org.pmdc.hub.console;

import java.util.List;
import java.util.Map;
import org.pmdc.hub.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Seed 004's dashboards over the performance API: each fund's latest figures as cards, and for
 * the fund chosen its IRR, TVPI, DPI and RVPI over time, the cash-flow J-curve, the portfolio's
 * overview, concentration and at-risk companies, and its benchmark placement; for a subscriber
 * user also its own look-through across every GP it subscribes to. Entitlement is the API's: a
 * subscriber sees only the funds it subscribes to and the investors it represents.
 */
@Controller
class PerformancePage {

  static final String PAGE = "/console/performance";
  static final List<String> CARD_FIGURES = List.of("committed", "called", "distributed", "nav", "tvpi", "dpi", "rvpi",
      "irr");

  private final HubApi api;

  PerformancePage(HubApi api) {
    this.api = api;
  }

  @GetMapping(PAGE)
  String performance(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String fund,
      @RequestParam(required = false) String publisher, @RequestParam(defaultValue = "5y") String period, Model model) {
    HubApi.Answer funds = api.call(user, "get-fund-performance", ListPages.filters("limit", 100));
    model.addAttribute("funds", funds.rows());
    model.addAttribute("cardFigures", CARD_FIGURES);
    model.addAttribute("problems", funds.problems());
    Map<String, Object> chosen = chosen(funds.rows(), fund, publisher);
    if (chosen != null) {
      Map<String, Object> scope = ListPages.filters("fund", chosen.get("fund"), "publisher", chosen.get("publisher"));
      Map<String, Object> trendQuery = ListPages.filters("fund", chosen.get("fund"), "publisher", chosen.get("publisher"),
          "period", period);
      List<Map<String, Object>> trend = api.call(user, "get-fund-performance-trend", trendQuery).rows();
      model.addAttribute("chosen", chosen);
      model.addAttribute("period", period);
      model.addAttribute("ratios", Charts.lines(trend, "asOf", List.of("tvpi", "dpi", "rvpi")));
      model.addAttribute("irr", Charts.lines(trend, "asOf", List.of("irr")));
      model.addAttribute("jCurve", Charts.netCashFlow(trend));
      model.addAttribute("overview", api.call(user, "get-portfolio-overview", scope).rows());
      model.addAttribute("risk", api.call(user, "get-portfolio-risk-analysis", scope).rows());
      model.addAttribute("benchmarks", api.call(user, "get-fund-benchmarks", scope).rows());
    }
    if (user.role() == Role.SUBSCRIBER) {
      model.addAttribute("lookThrough", api.call(user, "get-lp-performance", Map.of()).document());
    }
    return "console/performance";
  }

  /** The fund asked for, else the first the caller sees; null when it sees none. */
  private static Map<String, Object> chosen(List<Map<String, Object>> funds, String fund, String publisher) {
    return funds.stream()
        .filter(f -> fund == null || (fund.equals(f.get("fund")) && (publisher == null || publisher.equals(f.get("publisher")))))
        .findFirst().orElse(null);
  }
}
