package org.pmdc.hub.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pmdc.hub.security.Role;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.World;
import org.pmdc.hub.translation.TranslationOutage;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The console's reporting, performance, mappings, audit and demonstration pages in a real browser,
 * over data published through the API.
 */
class ConsolePagesIT extends ConsoleIntegrationTest {

  @Autowired private TranslationOutage outage;

  @AfterEach
  void endTheOutage() {
    outage.set(false);
  }

  @Test
  void aPublisherSeesACompanysFinancialsInEachCurrencyWithItsMetricsQuarterOnQuarterAndTheirTrend() {
    World world = newWorld();
    store(world, sampleText("portfolio-metrics.json").replace("2026-09-30", "2022-03-31"));
    store(world, sampleText("portfolio-metrics.json").replace("2026-09-30", "2022-06-30")
        .replace("12500000.00", "13750000.00"));
    HubClient.Response registered = world.asPublisher().post("/api/v1/companies", "application/json", """
        {"code": "NWR", "name": "Northwind Robotics Inc.", "fund": "%s", "reportingCurrency": "USD",
         "equityRaised": "40000000", "postMoneyValuation": "100000000"}""".formatted(world.fund()));
    assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
    assertThat(hub.post("/api/v1/fx-rates/import", "text/csv",
        "Date,USD,CAD,AUD,\n2022-03-31,1.1101,1.3912,1.4829,\n2022-06-30,1.0387,1.3425,1.5099,\n").status()).isEqualTo(200);
    await().atMost(PATIENCE).until(() -> world.asPublisher()
        .get("/api/v1/metrics?company=NWR&currency=CAD&year=2022&quarter=2").body().at("/items/0/metrics/enterpriseValue")
        .isTextual());
    String gpUser = ConsolePeople.readyUser(users, Role.PUBLISHER, world.publisher());

    browser.signIn(gpUser, ConsolePeople.CHOSEN_PASSWORD).open("/console/reporting?name=northwind");
    assertThat(browser.text()).contains("Northwind Robotics Inc.", "NWR");
    browser.screenshot("reporting");
    browser.click(By.linkText("Northwind Robotics Inc."));
    assertThat(browser.find(By.id("financials")).getText()).contains("2022-03-31", "12500000.00", "13750000.00");
    browser.click(By.linkText("CAD"));
    // 13,750,000 USD × 1.3425 ÷ 1.0387 (the CAD view converts through the euro rates)
    assertThat(browser.find(By.id("financials")).getText()).contains("CAD", "17771613.555406");
    assertThat(browser.find(By.id("comparison")).getText()).contains("2022-03-31", "2022-06-30", "revenueGrowth",
        "enterpriseValue");
    browser.awaitElement(By.cssSelector(".chart canvas"));
    browser.screenshot("company");
    assertThat(browser.status(browser.path().replace("?", "/financials.csv?"))).isEqualTo(200);

    browser.open("/console/reporting/input?company=NWR");
    assertThat(browser.text()).contains("2022-06-30", "13750000.00", "v1, row 1");
  }

  @Test
  void aFundsPerformanceIsShownAsCardsAndChartsAndAnLpSeesItsOwnLookThrough() {
    World world = newWorld();
    for (String sample : new String[] {"capital-call.csv", "distribution.csv", "capital-account-statement.csv"}) {
      world.awaitCompleted(world.submit("text/csv", sampleText(sample)).body().get("id").asText());
    }
    await().atMost(PATIENCE).until(() -> world.asPublisher().get("/api/v1/dashboards/fund-performance/metrics")
        .body().at("/items/0/computedFrom").size() == 3);
    String gpUser = ConsolePeople.readyUser(users, Role.PUBLISHER, world.publisher());

    browser.signIn(gpUser, ConsolePeople.CHOSEN_PASSWORD).open("/console/performance");
    String card = browser.find(By.id("fund-" + world.publisher() + "-GF-III")).getText();
    assertThat(card).contains("called", "1500000", "distributed", "3000000", "tvpi"); // gross of the 50,000 withheld
    browser.awaitElement(By.cssSelector(".chart canvas"));
    assertThat(browser.text()).contains("GF-III over time", "Cash-flow J-curve", "Benchmark placement");
    browser.screenshot("performance");

    String lpUser = ConsolePeople.readyUser(users, Role.SUBSCRIBER, world.subscriber());
    browser.signOut().signIn(lpUser, ConsolePeople.CHOSEN_PASSWORD).open("/console/performance");
    assertThat(browser.text()).contains("Your portfolio across every GP", "LP-0001", "LP-0003");
  }

  @Test
  void mappingsShowTheirRulesAndAnAdministratorTracesASubmissionInTheAudit() {
    World world = newWorld();
    String submission = world.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText();
    world.awaitCompleted(submission);
    String gpUser = ConsolePeople.readyUser(users, Role.PUBLISHER, world.publisher());

    browser.signIn(gpUser, ConsolePeople.CHOSEN_PASSWORD).open("/console/mappings");
    assertThat(browser.text()).contains("pmdc-capital-call-csv").doesNotContain("northgate-capital-call-csv");
    browser.screenshot("mappings");
    browser.click(By.linkText("pmdc-capital-call-csv"));
    assertThat(browser.find(By.id("rules")).getText()).contains("notice_reference");
    browser.screenshot("mapping");
    browser.open("/console/audit");
    assertThat(browser.text()).contains("Not allowed");

    String admin = ConsolePeople.readyUser(users, Role.ADMIN, null);
    browser.signOut().signIn(admin, ConsolePeople.CHOSEN_PASSWORD)
        .open("/console/audit?actor=user:" + gpUser + "&submission=" + submission);
    assertThat(browser.find(By.id("trace")).getText()).contains("received", "stored", "queued");
    assertThat(browser.text()).contains("/console/mappings", "user:" + gpUser, "403");
    browser.screenshot("audit");
  }

  @Test
  void theDemonstrationOutageParksSubmissionsUntilTheServiceIsBack() {
    World world = newWorld();
    String admin = ConsolePeople.readyUser(users, Role.ADMIN, null);
    browser.signIn(admin, ConsolePeople.CHOSEN_PASSWORD).open("/console/demo")
        .press("Make the translation service fail");
    assertThat(browser.find(By.id("outage-state")).getText()).contains("is down");
    browser.screenshot("demo");

    String submission = world.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText();
    JsonNode parked = world.awaitCompleted(submission);
    assertThat(parked.get("status").asText()).isEqualTo("awaiting_translation");
    browser.press("Bring the translation service back");

    JsonNode stored = await().atMost(PATIENCE).until(() -> world.status(submission),
        doc -> doc.get("status").asText().equals("stored"));
    assertThat(stored.at("/notice/noticeReference").asText()).isEqualTo("CC-2026-008");
  }

  @Test
  void aCompanysCohortsShowAsATableAndAChartAndAPeriodLeadsToItsPaymentsAndTheRowsTheyCameFrom() {
    World world = newWorld();
    HubClient.Response registered = world.asPublisher().post("/api/v1/companies", "application/json", """
        {"code": "NIMBUS", "name": "Nimbus Subscriptions", "fund": "%s", "reportingCurrency": "USD"}""".formatted(world.fund()));
    assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
    for (String sample : new String[] {"cohort-trades.csv", "cohort-spends.csv", "cohort-thresholds.csv", "customer-payments.csv"}) {
      JsonNode done = world.awaitCompleted(world.submit("text/csv", sampleText(sample)).body().get("id").asText());
      assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("stored");
    }
    String gpUser = ConsolePeople.readyUser(users, Role.PUBLISHER, world.publisher());

    browser.signIn(gpUser, ConsolePeople.CHOSEN_PASSWORD)
        .open("/console/reporting/companies/" + registered.body().get("id").asText());
    browser.click(By.linkText("Cohort cashflows"));
    assertThat(browser.find(By.id("cohorts")).getText()).contains("2025-01", "2025-12", "60000.00");
    browser.awaitElement(By.cssSelector(".chart canvas"));
    browser.screenshot("cohorts");
    browser.click(By.cssSelector("#cohort-table tbody tr:first-child td:first-of-type a"));
    assertThat(browser.find(By.id("payments")).getText()).contains("NIM-P-000001", "2025-01-17", "row 2 of submission");

    browser.click(By.linkText("← The company's cohorts"));
    browser.fill("churn", "0.1").press("Show");
    assertThat(browser.find(By.id("cohorts-title")).getText()).isEqualTo("Cohorts, predicted with a monthly churn of 0.1");
  }

  private static void store(World world, String metrics) {
    JsonNode done = world.awaitCompleted(world.submit("application/json", metrics).body().get("id").asText());
    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("stored");
  }
}
