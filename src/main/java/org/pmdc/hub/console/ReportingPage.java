package org.pmdc.hub.console;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Seed 003's reporting screens over the company-reporting API: the companies (searched by name,
 * a page sorted by a column), a company's quarterly financials in its local currency, USD or CAD,
 * its derived metrics with each quarter against the one before, trend charts and a CSV export, and
 * the metrics input as published (bulk upload is the Publish page: company metrics are records
 * like any other). Every figure is the API's, with the API's entitlement.
 */
@Controller
class ReportingPage {

  static final String PAGE = "/console/reporting";
  static final List<String> VIEWS = List.of("local", "USD", "CAD");
  static final List<String> FINANCIALS = List.of("totalRevenue", "recurringRevenue", "grossProfit",
      "salesMarketingExpense", "totalOperatingExpense", "ebitda", "netIncome", "cashBurn", "cashBalance",
      "debtOutstanding");
  /** The derived metrics the comparison shows, in seed 003's order. */
  static final List<String> COMPARED = List.of("enterpriseValue", "arr", "revenueGrowth", "grossProfitMargin",
      "recurringPercentageRevenue", "monthlyCashBurn", "runwayMonths", "revenuePerFte", "ltmTotalRevenue",
      "yoyGrowthRevenue");
  private static final Map<String, Comparator<Map<String, Object>>> SORTS = Map.of(
      "name", Comparator.comparing(row -> String.valueOf(row.get("name")), String.CASE_INSENSITIVE_ORDER),
      "code", Comparator.comparing(row -> String.valueOf(row.get("code"))),
      "fund", Comparator.comparing(row -> String.valueOf(row.get("fund"))),
      "currency", Comparator.comparing(row -> String.valueOf(row.get("reportingCurrency"))));
  /** Enough quarters for the charts of a company's whole history on one page. */
  private static final int QUARTERS = 200;

  private final HubApi api;

  ReportingPage(HubApi api) {
    this.api = api;
  }

  @GetMapping(PAGE)
  String companies(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String name,
      @RequestParam(required = false) String fund, @RequestParam(defaultValue = "name") String sort,
      @RequestParam(required = false) String cursor, Model model) {
    HubApi.Answer page = api.call(user, "get-companies", ListPages.filters("name", name, "fund", fund, "cursor", cursor));
    List<Map<String, Object>> companies = new ArrayList<>(page.rows());
    companies.sort(SORTS.getOrDefault(sort, SORTS.get("name")));
    model.addAttribute("companies", companies);
    model.addAttribute("sort", sort);
    model.addAttribute("nextCursor", page.document().get("nextCursor"));
    model.addAttribute("unregistered", api.call(user, "get-unregistered-companies", ListPages.filters("fund", fund)).rows());
    model.addAttribute("problems", page.problems());
    return "console/reporting";
  }

  @GetMapping(PAGE + "/companies/{id}")
  String company(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
      @RequestParam(defaultValue = "local") String view, Model model) {
    Map<String, Object> company = company(api, user, id);
    String shown = VIEWS.contains(view) ? view : "local";
    List<Map<String, Object>> quarters = byPeriod(api.call(user, "get-reporting", quarterQuery(company, shown, null)).rows());
    List<Map<String, Object>> metrics = byPeriod(api.call(user, "get-metrics", quarterQuery(company, shown, null)).rows());
    model.addAttribute("company", company);
    model.addAttribute("view", shown);
    model.addAttribute("views", VIEWS);
    model.addAttribute("financials", FINANCIALS);
    model.addAttribute("quarters", quarters);
    model.addAttribute("compared", COMPARED);
    model.addAttribute("comparison", QuarterComparison.latestTwo(metrics, COMPARED));
    model.addAttribute("chart", Charts.lines(quarters, "periodEnd", List.of("totalRevenue", "ebitda", "cashBalance")));
    return "console/company";
  }

  @GetMapping(PAGE + "/companies/{id}/financials.csv")
  String exportFinancials(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
      @RequestParam(defaultValue = "local") String view, HttpServletResponse response, Model model) throws IOException {
    Map<String, Object> company = company(api, user, id);
    List<String> columns = new ArrayList<>(List.of("company", "periodEnd", "view", "currency", "exchangeRateUsed",
        "rateDate", "notAvailableReason"));
    columns.addAll(FINANCIALS);
    boolean exported = ListPages.exportCsv(response, company.get("code") + "-" + view + ".csv", columns,
        cursor -> api.call(user, "get-reporting", quarterQuery(company, view, cursor)));
    return exported ? null : company(user, id, view, model);
  }

  @GetMapping(PAGE + "/input")
  String input(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String company,
      @RequestParam(required = false) String fund, @RequestParam(required = false) String cursor, Model model) {
    HubApi.Answer page = api.call(user, "get-input", ListPages.filters("company", company, "fund", fund, "cursor", cursor));
    model.addAttribute("rows", page.rows());
    model.addAttribute("financials", FINANCIALS);
    model.addAttribute("nextCursor", page.document().get("nextCursor"));
    model.addAttribute("problems", page.problems());
    return "console/reporting-input";
  }

  /** A company the person sees, as the API gives it; a 404 page otherwise. */
  static Map<String, Object> company(HubApi api, SignedInUser user, String id) {
    HubApi.Answer company = api.call(user, "get-company", Map.of("id", id));
    if (!company.ok()) {
      throw new ConsolePages.NotFound();
    }
    return company.document();
  }

  private static Map<String, Object> quarterQuery(Map<String, Object> company, String view, String cursor) {
    return ListPages.filters("company", company.get("code"), "publisher", company.get("publisher"),
        "fund", company.get("fund"), "currency", view, "cursor", cursor, "limit", QUARTERS);
  }

  private static List<Map<String, Object>> byPeriod(List<Map<String, Object>> rows) {
    List<Map<String, Object>> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing(row -> String.valueOf(row.get("periodEnd"))));
    return sorted;
  }
}
