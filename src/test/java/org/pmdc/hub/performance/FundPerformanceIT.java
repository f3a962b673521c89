package org.pmdc.hub.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;

/**
 * Seed 004's fund and LP performance end to end: two calls, a statement and a distribution posted
 * as CSV for two LPs (LP-0001 committed 1,000,000, LP-0002 500,000) → the fund's and each LP's
 * figures as of each quarter end; an amended distribution changes exactly the snapshots after it;
 * an LP that represents one investor sees the fund's figures and that investor's only.
 */
class FundPerformanceIT extends HubIntegrationTest {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final String CALL_HEADER = "fund_id,notice_reference,notice_date,due_date,currency,description,"
      + "notice_total,investor_id,investor_name,commitment,investments,management_fees,fund_expenses,other,amount,"
      + "unfunded_after\n";

  private static final String FIRST_CALL = CALL_HEADER + """
      GF-III,CC-1,2025-01-05,2025-01-15,USD,First close,375000.00,LP-0001,Maple,1000000.00,250000.00,0.00,0.00,0.00,250000.00,750000.00
      GF-III,CC-1,2025-01-05,2025-01-15,USD,First close,375000.00,LP-0002,Harbor,500000.00,125000.00,0.00,0.00,0.00,125000.00,375000.00
      """;

  private static final String SECOND_CALL = CALL_HEADER + """
      GF-III,CC-2,2025-07-01,2025-07-15,USD,Follow-on,225000.00,LP-0001,Maple,1000000.00,150000.00,0.00,0.00,0.00,150000.00,600000.00
      GF-III,CC-2,2025-07-01,2025-07-15,USD,Follow-on,225000.00,LP-0002,Harbor,500000.00,75000.00,0.00,0.00,0.00,75000.00,300000.00
      """;

  private static final String DISTRIBUTION = """
      fund_id,notice_reference,notice_date,payment_date,currency,description,notice_total,investor_id,investor_name,return_of_capital,realized_gain,dividends_interest,withholding_tax,recallable,amount
      GF-III,DN-1,2026-03-20,2026-03-31,USD,Partial exit,81000.00,LP-0001,Maple,50000.00,%s,0.00,6000.00,10000.00,%s
      GF-III,DN-1,2026-03-20,2026-03-31,USD,Partial exit,81000.00,LP-0002,Harbor,25000.00,5000.00,0.00,3000.00,5000.00,27000.00
      """;

  @Test
  void theFundAndEachLpHaveTheirFiguresAsOfEachQuarterEndAndAnAmendmentChangesOnlyTheLaterOnes() throws Exception {
    World world = newWorld();
    store(world, FIRST_CALL);
    store(world, SECOND_CALL);
    store(world, statement());
    store(world, DISTRIBUTION.formatted("10000.00", "54000.00"));

    // Its snapshots exist from the first call on: wait for the one that has read the distribution.
    JsonNode fund = await().atMost(PATIENCE).until(() -> awaitSnapshot(world.asPublisher(), "metrics", world,
        "2026-03-31", null), s -> s.get("computedFrom").size() == 4);
    JsonNode figures = fund.get("figures");
    assertThat(new BigDecimal(figures.get("called").asText())).isEqualByComparingTo("600000.00"); // 250,000 + 125,000 + 150,000 + 75,000
    assertThat(new BigDecimal(figures.get("distributed").asText())).isEqualByComparingTo("90000.00"); // gross: 60,000 + 30,000
    assertThat(new BigDecimal(figures.get("committed").asText())).isEqualByComparingTo("1500000.00");
    // 630,000 at 2025-12-31 (420,000 + 210,000), less the 90,000 paid on 2026-03-31
    assertThat(new BigDecimal(figures.get("nav").asText())).isEqualByComparingTo("540000");
    assertThat(fund.get("navStatementDate").asText()).isEqualTo("2025-12-31");
    assertThat(new BigDecimal(figures.get("tvpi").asText())).isEqualByComparingTo("1.05"); // 630,000 ÷ 600,000
    assertThat(new BigDecimal(figures.get("pic").asText())).isEqualByComparingTo("0.4");
    assertThat(new BigDecimal(figures.get("unfunded").asText())).isEqualByComparingTo("915000"); // 1.5 M − 600,000 + 15,000
    assertThat(figures.get("irr").asText()).isNotEmpty();
    assertThat(fund.get("computedFrom")).extracting(r -> r.get("recordType").asText())
        .containsExactly("capital_call", "capital_call", "capital_account_statement", "distribution");

    JsonNode maple = awaitSnapshot(world.asPublisher(), "investors", world, "2026-03-31", "LP-0001");
    assertThat(new BigDecimal(maple.at("/figures/dpi").asText())).isEqualByComparingTo("0.15"); // 60,000 ÷ 400,000
    assertThat(new BigDecimal(maple.at("/figures/nav").asText())).isEqualByComparingTo("360000");
    assertThat(new BigDecimal(maple.at("/figures/managementFeesPaid").asText())).isEqualByComparingTo("15000");
    JsonNode explained = world.asPublisher().get("/api/v1/dashboards/fund-performance/investors?fund=GF-III"
        + "&investor=LP-0001&asOf=2026-03-31&explain=true").body().at("/items/0/cashFlows");
    assertThat(explained).extracting(f -> f.get("date").asText() + " " + f.get("kind").asText())
        .containsExactly("2025-01-15 call", "2025-07-15 call", "2025-12-31 statement", "2026-03-31 distribution");
    assertThat(new BigDecimal(explained.at("/0/amount").asText())).isEqualByComparingTo("-250000");
    assertThat(new BigDecimal(explained.at("/2/endingNav").asText())).isEqualByComparingTo("420000");
    assertThat(new BigDecimal(explained.at("/3/amount").asText())).as("gross").isEqualByComparingTo("60000");
    JsonNode beforeStatement = awaitSnapshot(world.asPublisher(), "investors", world, "2025-03-31", "LP-0001");
    assertThat(beforeStatement.at("/figures/nav").isNull()).isTrue();
    assertThat(beforeStatement.at("/notAvailable/nav").asText()).contains("no capital account statement");
    assertThat(beforeStatement.at("/figures/tvpi").isNull()).isTrue();
    String yearEndComputed = awaitSnapshot(world.asPublisher(), "metrics", world, "2025-12-31", null)
        .get("computedAt").asText();

    store(world, DISTRIBUTION.formatted("20000.00", "64000.00").replace("81000.00", "91000.00"));

    await().atMost(PATIENCE).until(() -> new BigDecimal(awaitSnapshot(world.asPublisher(), "investors", world,
        "2026-03-31", "LP-0001").at("/figures/dpi").asText()).compareTo(new BigDecimal("0.175")) == 0); // 70,000 ÷ 400,000
    assertThat(awaitSnapshot(world.asPublisher(), "metrics", world, "2025-12-31", null).get("computedAt").asText())
        .as("a snapshot before the amended distribution is not rewritten").isEqualTo(yearEndComputed);

    // Keystone's schedule as of 2026-09-30: NWR 12,000,000 + 2,500,000 at cost, 18,500,000 + 2,575,000 fair value;
    // BLV 9,000,000, 7,200,000 and 1,250,000 realised; KOA 6,500,000 and 9,100,000.
    byte[] schedule = Files.readAllBytes(Path.of("sample-files", "keystone-schedule-of-investments.xlsx"));
    JsonNode stored = world.awaitCompleted(world.submit(XLSX, schedule).body().get("id").asText());
    assertThat(stored.get("status").asText()).as(stored.toString()).isEqualTo("stored");
    JsonNode portfolio = await().atMost(PATIENCE).until(() -> awaitSnapshot(world.asPublisher(), "metrics", world,
        "2026-09-30", null), s -> s.get("scheduleDate").asText().equals("2026-09-30"));
    assertThat(new BigDecimal(portfolio.at("/figures/capitalDeployed").asText())).isEqualByComparingTo("30000000");
    assertThat(new BigDecimal(portfolio.at("/figures/realizedValue").asText())).isEqualByComparingTo("1250000");
    assertThat(new BigDecimal(portfolio.at("/figures/unrealizedValue").asText())).isEqualByComparingTo("37375000");
    // (1,250,000 + 37,375,000) ÷ 30,000,000
    assertThat(new BigDecimal(portfolio.at("/figures/grossMoic").asText())).isEqualByComparingTo("1.2875");
    assertThat(portfolio.get("companies")).extracting(c -> c.get("company").asText() + " " + c.get("grossMoic").asText())
        .containsExactly("NWR 1.4534482759", "BLV 0.9388888889", "KOA 1.4"); // 21,075,000 ÷ 14,500,000; 8,450,000 ÷ 9,000,000
    assertThat(awaitSnapshot(world.asPublisher(), "metrics", world, "2026-03-31", null)
        .at("/notAvailable/capitalDeployed").asText()).isEqualTo("no schedule of investments on or before 2026-03-31");

    // The portfolio's companies report for 2026-09-30 (NWR in USD, BLV in EUR, KOA in AUD); with
    // EUR→USD 1.25 and EUR→AUD 2 their USD views are exact.
    assertThat(hub.post("/api/v1/fx-rates/import", "text/csv", "Date,USD,CAD,AUD,\n2026-09-30,1.25,1.5,2,\n")
        .status()).isEqualTo(200);
    HubClient.Response registered = world.asPublisher().post("/api/v1/companies", "application/json", """
        {"code": "NWR", "name": "Northwind Robotics Inc.", "fund": "GF-III", "reportingCurrency": "USD",
         "sector": "Software", "stage": "Series B"}""");
    assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
    JsonNode metrics = world.awaitCompleted(world.submit("application/json", sampleText("portfolio-metrics.json"))
        .body().get("id").asText());
    assertThat(metrics.get("status").asText()).as(metrics.toString()).isEqualTo("stored");
    String overviewQuery = "/api/v1/dashboards/portfolio-analytics/overview?fund=GF-III&asOf=2026-09-30";
    JsonNode overview = await().atMost(PATIENCE).until(() -> world.asPublisher().get(overviewQuery).body()
        .at("/items/0"), o -> o.at("/medianGrossMargin/companies").asInt() == 3);
    assertThat(overview.get("companiesByStatus")).isEqualTo(JSON.readTree("{\"active\": 1, \"not registered\": 2}"));
    assertThat(overview.at("/sectorDistribution/Software").asInt()).isEqualTo(1);
    // gross margins 7,600,000 ÷ 12,500,000 = 0.608, 5,050,000 ÷ 8,400,000 = 0.6011904762, 6,500,000 ÷ 21,750,000
    assertThat(overview.at("/medianGrossMargin/value").asText()).isEqualTo("0.6011904762");
    assertThat(overview.at("/ttmRevenue/value").isNull()).isTrue(); // one quarter each: no LTM yet
    assertThat(overview.at("/notAvailable/ttmRevenue").asText()).isNotEmpty();
    JsonNode risk = world.asPublisher().get("/api/v1/dashboards/portfolio-analytics/risk-analysis?fund=GF-III"
        + "&asOf=2026-09-30").body().at("/items/0");
    assertThat(risk.at("/concentration/topCompanyWeight").asText()).isEqualTo("0.5638795987"); // 21,075,000 ÷ 37,375,000
    assertThat(risk.at("/concentration/topPerformerShare").asText()).isEqualTo("0.7623188406"); // 6,575,000 ÷ 8,625,000
    JsonNode rankings = world.asPublisher().get("/api/v1/dashboards/portfolio-analytics/rankings?fund=GF-III"
        + "&asOf=2026-09-30").body().at("/items/0/rankings");
    assertThat(rankings).extracting(r -> r.get("company").asText()).containsExactly("NWR", "KOA", "BLV");

    // Benchmarks: the fund's cohort (the admin API registers vintage, strategy and geography with a fund).
    jdbc.update("UPDATE fund SET strategy = 'growth', geography = 'north_america' WHERE code = 'GF-III'"
        + " AND publisher_id = (SELECT id FROM publisher WHERE code = ?)", world.publisher());
    String benchmarks = "provider,vintage_year,strategy,geography,as_of,cohort_size,irr_upper_quartile,irr_median,"
        + "irr_lower_quartile,tvpi_upper_quartile,tvpi_median,tvpi_lower_quartile\n";
    HubClient.Response refused = hub.post("/api/v1/benchmarks/import", "text/csv",
        benchmarks + "Cambridge,24,growth,north_america,2025-12-31,120,0.15,0.18,0.02,1.3,1.1,0.95\n");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().get("errors")).extracting(e -> e.get("field").asText())
        .containsExactlyInAnyOrder("vintage_year", "irr_median");
    HubClient.Response imported = hub.post("/api/v1/benchmarks/import", "text/csv",
        benchmarks + "Cambridge,2024,growth,north_america,2025-12-31,120,0.15,0.08,0.02,1.3,1.1,0.95\n");
    assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
    JsonNode placed = world.asPublisher().get("/api/v1/dashboards/fund-performance/benchmarks?fund=GF-III"
        + "&asOf=2026-03-31").body().at("/items/0");
    assertThat(placed.at("/benchmarks/0/provider").asText()).isEqualTo("Cambridge");
    // IRR 0.0489… is between the lower quartile 0.02 and the median 0.08; TVPI 1.05 between 0.95 and 1.1
    assertThat(placed.at("/benchmarks/0/irr/quartile").asInt()).isEqualTo(3);
    assertThat(placed.at("/benchmarks/0/tvpi/quartile").asInt()).isEqualTo(3);
    assertThat(placed.at("/benchmarks/0/irr/percentileRank").isNull()).isTrue();
    assertThat(world.asPublisher().get("/api/v1/dashboards/fund-performance/benchmarks?fund=GF-III&asOf=2025-09-30")
        .body().at("/items/0/benchmarksNotAvailable").asText()).startsWith("no benchmark row");

    HubClient harborOnly = subscriber(world, "[\"LP-0002\"]");
    JsonNode seen = harborOnly.get("/api/v1/dashboards/fund-performance/investors?asOf=2026-03-31").body().get("items");
    assertThat(seen).extracting(s -> s.get("investor").asText()).containsExactly("LP-0002");
    assertThat(harborOnly.get("/api/v1/dashboards/fund-performance/metrics?asOf=2026-03-31").body().get("items"))
        .hasSize(1);
    assertThat(newWorld().asSubscriber().get("/api/v1/dashboards/fund-performance/metrics").body().get("items"))
        .isEmpty();

    // The LP's look-through in euros: EUR→USD 1.25 on 2026-03-31, so each USD amount × 0.8.
    assertThat(hub.post("/api/v1/fx-rates/import", "text/csv", "Date,USD,CAD,AUD,\n2026-03-31,1.25,1.5,2,\n")
        .status()).isEqualTo(200);
    JsonNode lookThrough = harborOnly.get("/api/v1/lp/performance?asOf=2026-03-31&currency=EUR").body();
    assertThat(lookThrough.get("investments")).extracting(i -> i.get("investor").asText()).containsExactly("LP-0002");
    assertThat(new BigDecimal(lookThrough.at("/consolidated/called").asText())).isEqualByComparingTo("160000");
    // 210,000 − 30,000 = 180,000 USD of NAV, 144,000 EUR
    assertThat(new BigDecimal(lookThrough.at("/consolidated/nav").asText())).isEqualByComparingTo("144000");
    assertThat(new BigDecimal(lookThrough.at("/consolidated/tvpi").asText())).isEqualByComparingTo("1.05");
    assertThat(lookThrough.at("/conversions/0/rate").asText()).isEqualTo("0.8");
    // The calls' dates (2025) have no EUR rate here: the consolidated IRR says so rather than guess.
    assertThat(lookThrough.at("/consolidated/irr").isNull()).isTrue();
    assertThat(lookThrough.at("/notAvailable/irr").asText()).contains("LP-0002");
    JsonNode inDollars = harborOnly.get("/api/v1/lp/performance?asOf=2026-03-31").body();
    assertThat(new BigDecimal(inDollars.at("/consolidated/irr").asText()))
        .as("the fund's own IRR: LP-0002's flows are half of LP-0001's on the same dates")
        .isEqualByComparingTo("0.0489519873");
    assertThat(world.asPublisher().get("/api/v1/lp/performance").status()).isEqualTo(403);

    JsonNode trend = world.asPublisher().get("/api/v1/dashboards/fund-performance/trend?fund=GF-III&period=10y")
        .body().get("items");
    assertThat(trend).extracting(s -> s.get("asOf").asText()).startsWith("2025-03-31", "2025-06-30", "2025-09-30",
        "2025-12-31", "2026-03-31");
    HubClient.Response badPeriod = world.asPublisher().get("/api/v1/dashboards/fund-performance/trend?period=ages");
    assertThat(badPeriod.status()).isEqualTo(422);
    assertThat(badPeriod.body().get("errors")).extracting(e -> e.get("field").asText())
        .containsExactly("period");
  }

  /** The year-end statement: each LP's contributions and a gain, and its commitment. */
  private static String statement() {
    String header = sampleText("capital-account-statement.csv").lines().findFirst().orElseThrow();
    List<String> rows = new ArrayList<>(List.of(header));
    rows.add(statementLine(header, "LP-0001", "400000.00", "20000.00", "420000.00", "15000.00", "1000000.00"));
    rows.add(statementLine(header, "LP-0002", "200000.00", "10000.00", "210000.00", "7500.00", "500000.00"));
    return String.join("\n", rows) + "\n";
  }

  private static String statementLine(String header, String investor, String contributions, String gain, String nav,
      String fees, String commitment) {
    Map<String, String> values = new LinkedHashMap<>(Map.of("fund_id", "GF-III", "period_start", "2025-01-01",
        "period_end", "2025-12-31", "currency", "USD", "investor_id", investor, "beginning_nav", "0.00",
        "contributions", contributions, "unrealized_gain_loss", gain, "ending_nav", nav, "management_fees_itd", fees));
    values.put("total_commitment", commitment);
    List<String> cells = new ArrayList<>();
    for (String column : header.split(",")) {
      cells.add(values.getOrDefault(column, ""));
    }
    return String.join(",", cells);
  }

  /** The snapshot of the fund (investor null) or an investor as of the date, once the recalculation has written it. */
  private static JsonNode awaitSnapshot(HubClient client, String list, World world, String asOf, String investor) {
    String query = "/api/v1/dashboards/fund-performance/" + list + "?fund=GF-III&asOf=" + asOf
        + (investor == null ? "" : "&investor=" + investor);
    return await().atMost(PATIENCE).until(() -> client.get(query).body().get("items"), items -> items.size() == 1)
        .get(0);
  }

  private HubClient subscriber(World world, String investors) {
    String code = "lp-" + UUID.randomUUID().toString().substring(0, 8);
    hub.post("/api/v1/subscribers", "application/json", "{\"code\":\"%s\",\"name\":\"LP\"}".formatted(code));
    HubClient.Credentials client = World.approve(hub, "subscribers", code);
    HubClient.Response subscription = hub.post("/api/v1/subscriptions", "application/json", """
        {"publisher": "%s", "subscriber": "%s", "investors": %s,
         "channels": [{"type": "webhook", "url": "%s/hooks/%s"}]}""".formatted(world.publisher(), code, investors,
        lp.baseUrl(), code));
    assertThat(subscription.status()).as(subscription.body().toString()).isEqualTo(201);
    return hub.as(client.clientId(), client.secret());
  }

  @Test
  void eachRecalculationQueueReportsItsRunWithWhatItComputed() {
    World world = newWorld();
    OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
    store(world, FIRST_CALL);

    JsonNode performance = await().atMost(PATIENCE).until(() -> queue("performance"),
        q -> !q.get("startedAt").isNull() && OffsetDateTime.parse(q.get("startedAt").asText()).isAfter(before)
            && !q.get("running").asBoolean());
    assertThat(performance.get("done").asInt()).isPositive();
    assertThat(performance.get("failed").asInt()).isZero();
    assertThat(OffsetDateTime.parse(performance.get("finishedAt").asText()))
        .isAfterOrEqualTo(OffsetDateTime.parse(performance.get("startedAt").asText()));
    assertThat(performance.get("secondsLeft").isNull()).isTrue();
    assertThat(performance.get("secondsLeftReason").asText()).isEqualTo("no run going");
    assertThat(hub.get("/api/v1/recalculations").body()).extracting(q -> q.get("queue").asText())
        .containsExactly("cohorts", "performance", "reporting");
    assertThat(world.asPublisher().get("/api/v1/recalculations").status()).as("staff only").isEqualTo(403);
  }

  private JsonNode queue(String name) {
    for (JsonNode queue : hub.get("/api/v1/recalculations").body()) {
      if (queue.get("queue").asText().equals(name)) {
        return queue;
      }
    }
    throw new AssertionError("no queue " + name);
  }

  private static void store(World world, String csv) {
    JsonNode done = world.awaitCompleted(world.submit("text/csv", csv).body().get("id").asText());
    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("stored");
  }
}
