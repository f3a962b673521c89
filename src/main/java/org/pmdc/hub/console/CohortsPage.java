package org.pmdc.hub.console;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Seed 002's cohort screens over the cohorts API: a company's cohorts (terms, spend, paid,
 * collected, capped, IRR), a chart of each cohort's spend against what it paid and the fund
 * collected, the cohort × period table, the same with predicted periods for a churn rate the
 * person enters, and the payments behind a period for those who may see them. Every figure is the
 * API's, with the API's entitlement.
 */
@Controller
class CohortsPage {

  static final String PAGE = ReportingPage.PAGE + "/companies/{id}/cohorts";

  private final HubApi api;

  CohortsPage(HubApi api) {
    this.api = api;
  }

  @GetMapping(PAGE)
  String cohorts(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
      @RequestParam(required = false) String churn, Model model) {
    Map<String, Object> company = ReportingPage.company(api, user, id);
    boolean predicted = churn != null && !churn.isBlank();
    HubApi.Answer cashflows = predicted
        ? api.send(user, "post-company-cashflows-predicted", Map.of("id", id), Map.of("churn", churn.strip()))
        : api.call(user, "get-company-cashflows", Map.of("id", id));
    List<Map<String, Object>> cohorts = cohortsOf(cashflows);
    model.addAttribute("company", company);
    model.addAttribute("churn", predicted ? churn.strip() : null);
    model.addAttribute("cohorts", cohorts);
    model.addAttribute("problems", cashflows.problems());
    model.addAttribute("chart", Charts.lines(cohorts, "cohortMonth", List.of("spend", "cumulativePayment", "cumulativeCollected")));
    model.addAttribute("table", api.call(user, "get-company-cohorts-table", Map.of("id", id)).document());
    return "console/cohorts";
  }

  @GetMapping(PAGE + "/payments")
  String payments(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
      @RequestParam(required = false) String cohortMonth, @RequestParam(required = false) String paidIn,
      @RequestParam(required = false) String cursor, Model model) {
    Map<String, Object> company = ReportingPage.company(api, user, id);
    Map<String, Object> query = ListPages.filters("cohortMonth", cohortMonth, "paidIn", paidIn, "cursor", cursor);
    query.put("id", id);
    HubApi.Answer page = api.call(user, "get-company-payments", query);
    model.addAttribute("company", company);
    model.addAttribute("payments", page.rows());
    model.addAttribute("nextCursor", page.document().get("nextCursor"));
    model.addAttribute("problems", page.problems());
    return "console/cohort-payments";
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> cohortsOf(HubApi.Answer cashflows) {
    return cashflows.document().get("cohorts") instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
  }
}
