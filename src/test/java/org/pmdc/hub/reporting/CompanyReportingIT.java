package org.pmdc.hub.reporting;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;

/**
 * Seed 003's quarterly reporting financials end to end: company metrics in three currencies in,
 * each quarter in Local, USD and CAD out, computed again when rates arrive or a record is amended.
 */
class CompanyReportingIT extends HubIntegrationTest {

  @Test
  void eachQuarterIsReportedInThreeCurrenciesOnceTheRatesOfItsQuarterEndArrive() {
    World world = newWorld();
    String quarterEnd = "2023-06-30";
    String record = store(world, metrics(quarterEnd));

    JsonNode local = awaitViews(world, "local", 3);
    assertThat(local).extracting(r -> r.get("company").asText()).containsExactlyInAnyOrder("NWR", "BLV", "KOA");
    JsonNode bellevue = only(world.asPublisher(), "company=BLV", "local");
    assertThat(bellevue.get("totalRevenue").asText()).isEqualTo("8400000.00");
    assertThat(bellevue.get("exchangeRateUsed").asText()).isEqualTo("1");
    JsonNode unconverted = only(world.asPublisher(), "company=BLV", "USD");
    assertThat(unconverted.get("totalRevenue").isNull()).isTrue();
    assertThat(unconverted.get("exchangeRateUsed").isNull()).isTrue();
    assertThat(unconverted.get("notAvailableReason").asText()).contains("USD");
    JsonNode sameCurrency = only(world.asPublisher(), "company=NWR", "USD");
    assertThat(sameCurrency.get("totalRevenue").asText()).isEqualTo("12500000.00");

    // The ECB's rates of Friday 30 June 2023; the import asks for the quarters they convert.
    HubClient.Response imported = hub.post("/api/v1/fx-rates/import", "text/csv",
        "Date,USD,CAD,AUD,\n" + quarterEnd + ",1.0866,1.4415,1.6398,\n");
    assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);

    // The import asked for every company with a quarter from that date: all are computed once none is pending.
    await().atMost(PATIENCE).until(() -> pending(world) == 0);
    JsonNode bellevueUsd = only(world.asPublisher(), "company=BLV", "USD");
    // 8,400,000.00 EUR × 1.0866 = 9,127,440 USD
    assertThat(new BigDecimal(bellevueUsd.get("totalRevenue").asText())).isEqualByComparingTo("9127440");
    assertThat(bellevueUsd.get("exchangeRateUsed").asText()).isEqualTo("1.0866");
    assertThat(bellevueUsd.get("rateDate").asText()).isEqualTo(quarterEnd);
    assertThat(bellevueUsd.get("notAvailableReason").isNull()).isTrue();
    assertThat(bellevueUsd.at("/computedFrom/record").asText()).isEqualTo(record);
    assertThat(bellevueUsd.at("/computedFrom/fxRates")).hasSize(1);
    JsonNode northwindCad = only(world.asPublisher(), "company=NWR", "CAD");
    // 12,500,000.00 USD × 1.4415 ÷ 1.0866 = 16,582,689.122032 CAD (6 places, half-even)
    assertThat(new BigDecimal(northwindCad.get("totalRevenue").asText())).isEqualByComparingTo("16582689.122032");
    assertThat(northwindCad.at("/computedFrom/fxRates")).hasSize(2);
    JsonNode koalaUsd = only(world.asPublisher(), "company=KOA", "USD");
    // 21,750,000.00 AUD × 1.0866 ÷ 1.6398 = 14,412,458.836443 USD
    assertThat(new BigDecimal(koalaUsd.get("totalRevenue").asText())).isEqualByComparingTo("14412458.836443");
    assertThat(koalaUsd.get("recurringRevenue").asText()).isEqualTo("0");
  }

  @Test
  void anAmendedQuarterIsComputedAgainFromItsNewVersionAndNothingIsKeptTwice() {
    World world = newWorld();
    String first = metrics("2023-09-29");
    store(world, first);
    awaitViews(world, "local", 3);

    String amended = store(world, first.replace("8400000.00", "8450000.00"));

    await().atMost(PATIENCE).until(() ->
        only(world.asPublisher(), "company=BLV", "local").get("totalRevenue").asText().equals("8450000.00"));
    JsonNode bellevue = only(world.asPublisher(), "company=BLV", "local");
    assertThat(bellevue.at("/computedFrom/record").asText()).isEqualTo(amended);
    assertThat(bellevue.at("/computedFrom/version").asInt()).isEqualTo(2);
    assertThat(world.asPublisher().get("/api/v1/reporting").body().get("items")).hasSize(9);
    assertThat(pending(world)).isZero();
  }

  @Test
  void theReportingIsSeenAsTheCompaniesAre() {
    World world = newWorld();
    World other = newWorld();
    store(world, metrics("2023-12-29"));
    awaitViews(world, "local", 3);

    assertThat(world.asSubscriber().get("/api/v1/reporting?year=2023&quarter=4").body().get("items")).hasSize(9);
    assertThat(other.asSubscriber().get("/api/v1/reporting").body().get("items")).isEmpty();
    assertThat(other.asPublisher().get("/api/v1/reporting").body().get("items")).isEmpty();
    assertThat(hub.get("/api/v1/reporting?publisher=" + world.publisher()).body().get("items")).hasSize(9);
    HubClient.Response refused = world.asPublisher().get("/api/v1/reporting?quarter=5&currency=GBP");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().get("errors")).extracting(e -> e.get("field").asText())
        .containsExactlyInAnyOrder("quarter", "currency");
  }

  @Test
  void metricsReadTheQuarterBeforeAndFollowAnAmendmentOfItAndTheCompanysValuation() {
    World world = newWorld();
    store(world, metrics("2022-03-31"));
    store(world, metrics("2022-06-30").replace("12500000.00", "13750000.00"));

    JsonNode secondQuarter = awaitNorthwindQ2(world, metrics -> metrics.get("revenueGrowth").isTextual());
    JsonNode metrics = secondQuarter.get("metrics");
    assertThat(metrics.get("revenueGrowth").asText()).isEqualTo("0.1"); // (13,750,000 − 12,500,000) ÷ 12,500,000
    assertThat(metrics.get("arr").asText()).isEqualTo("39200000.00"); // 9,800,000.00 × 4
    assertThat(metrics.get("monthlyCashBurn").asText()).isEqualTo("466666.666667"); // 1,400,000 ÷ 3
    assertThat(metrics.get("runwayMonths").asText()).isEqualTo("32.5714285714"); // 15,200,000 × 3 ÷ 1,400,000
    assertThat(metrics.get("enterpriseValue").isNull()).isTrue();
    assertThat(secondQuarter.at("/notAvailable/enterpriseValue").asText()).contains("NWR is not registered");
    assertThat(secondQuarter.at("/notAvailable/ltmTotalRevenue").asText()).contains("2021-12");
    assertThat(secondQuarter.at("/computedFrom/records")).extracting(r -> r.get("periodEnd").asText())
        .containsExactly("2022-03-31", "2022-06-30");

    HubClient.Response registered = world.asPublisher().post("/api/v1/companies", "application/json", """
        {"code": "NWR", "name": "Northwind Robotics Inc.", "fund": "%s", "reportingCurrency": "USD",
         "equityRaised": "40000000", "postMoneyValuation": "100000000"}""".formatted(world.fund()));
    assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
    JsonNode valued = awaitNorthwindQ2(world, m -> m.get("enterpriseValue").isTextual());
    // 100,000,000 post-money + 5,000,000.00 debt − 15,200,000.00 cash
    assertThat(new BigDecimal(valued.at("/metrics/enterpriseValue").asText())).isEqualByComparingTo("89800000");
    // 89,800,000 ÷ (40,000,000 + 5,000,000) = 1.99555555555...
    assertThat(valued.at("/metrics/evByEquityRaisedPlusDebt").asText()).isEqualTo("1.9955555556");
    assertThat(valued.at("/computedFrom/companyVersion").asInt()).isEqualTo(1);

    String amended = store(world, metrics("2022-03-31").replace("12500000.00", "11000000.00"));
    // (13,750,000 − 11,000,000) ÷ 11,000,000: the quarter after the amended one is computed again
    JsonNode recomputed = awaitNorthwindQ2(world, m -> m.get("revenueGrowth").asText().equals("0.25"));
    assertThat(recomputed.at("/computedFrom/records/0/record").asText()).isEqualTo(amended);
    assertThat(recomputed.at("/computedFrom/records/0/version").asInt()).isEqualTo(2);
    assertThat(world.asSubscriber().get("/api/v1/metrics").body().get("items")).hasSize(18);
  }

  @Test
  void theInputIsEachCompanyQuarterAsLastPublishedPagedWithoutRepeats() {
    World world = newWorld();
    World other = newWorld();
    store(world, metrics("2021-03-31"));
    store(world, metrics("2021-06-30"));
    String amended = store(world, metrics("2021-03-31").replace("8400000.00", "8450000.00"));

    JsonNode firstQuarter = world.asPublisher().get("/api/v1/input?to=2021-03-31").body().get("items");
    assertThat(firstQuarter).extracting(i -> i.get("company").asText()).containsExactly("NWR", "BLV", "KOA");
    JsonNode bellevue = firstQuarter.get(1);
    assertThat(bellevue.get("totalRevenue").asText()).isEqualTo("8450000.00");
    assertThat(bellevue.get("currency").asText()).isEqualTo("EUR");
    assertThat(bellevue.get("cashBurn").asText()).isEqualTo("-250000.00");
    assertThat(bellevue.get("employees").asInt()).isEqualTo(96);
    assertThat(bellevue.get("reportingQuarter").asInt()).isEqualTo(1);
    assertThat(bellevue.get("record").asText()).isEqualTo(amended);
    assertThat(bellevue.get("version").asInt()).isEqualTo(2);
    assertThat(bellevue.get("sourceRow").asInt()).isEqualTo(2);

    List<String> paged = new ArrayList<>();
    String cursor = "";
    do {
      JsonNode page = world.asSubscriber().get("/api/v1/input?limit=4" + cursor).body();
      page.get("items").forEach(i -> paged.add(i.get("periodEnd").asText() + " " + i.get("company").asText()));
      cursor = page.get("nextCursor").isNull() ? null : "&cursor=" + page.get("nextCursor").asText();
    } while (cursor != null);
    assertThat(paged).containsExactly("2021-06-30 NWR", "2021-06-30 BLV", "2021-06-30 KOA",
        "2021-03-31 NWR", "2021-03-31 BLV", "2021-03-31 KOA");

    assertThat(world.asPublisher().get("/api/v1/input?company=KOA&year=2021&quarter=2").body().get("items"))
        .extracting(i -> i.get("periodEnd").asText()).containsExactly("2021-06-30");
    assertThat(other.asPublisher().get("/api/v1/input").body().get("items")).isEmpty();
    assertThat(other.asSubscriber().get("/api/v1/input").body().get("items")).isEmpty();
    HubClient.Response refused = world.asPublisher().get("/api/v1/input?from=March&cursor=-1");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().get("errors")).extracting(e -> e.get("field").asText())
        .containsExactlyInAnyOrder("from", "cursor");
  }

  @Test
  void aCompanyWhoseRecalculationFailsIsPostponedWithTheErrorAndTheOthersAreComputed() {
    World world = newWorld();
    store(world, metrics("2024-09-30"));
    awaitViews(world, "local", 3);
    // A stored line no hub could have written (the checks refuse it at intake): KOA cannot be computed.
    jdbc.update("UPDATE record_line l SET content = json_build_object('companyId', 'KOA', 'currency', 'AUD',"
        + " 'totalRevenue', 'twenty')"
        + " FROM notice n JOIN publisher p ON p.id = n.publisher_id"
        + " WHERE l.notice_id = n.id AND l.line_key = 'KOA' AND p.code = ?", world.publisher());
    jdbc.update("INSERT INTO company_recalculation (publisher_id, company_code, reason)"
        + " SELECT p.id, c.code, 'test' FROM publisher p, unnest(ARRAY['KOA', 'BLV']) AS c (code) WHERE p.code = ?",
        world.publisher());

    String pending = "SELECT count(*) FROM company_recalculation r JOIN publisher p ON p.id = r.publisher_id"
        + " WHERE p.code = ? AND r.company_code = ?";
    await().atMost(PATIENCE).until(() -> count(pending, world.publisher(), "BLV") == 0
        && count(pending + " AND r.attempts = 1", world.publisher(), "KOA") == 1);
    Map<String, Object> postponed = jdbc.queryForMap("SELECT r.last_error, r.not_before > now() + interval '20 seconds'"
        + " AS later FROM company_recalculation r JOIN publisher p ON p.id = r.publisher_id"
        + " WHERE p.code = ? AND r.company_code = 'KOA'", world.publisher());
    assertThat((String) postponed.get("last_error")).as("kept for operators").isNotBlank();
    assertThat(postponed.get("later")).isEqualTo(true);
    assertThat(only(world.asPublisher(), "company=KOA", "local").get("totalRevenue").asText())
        .as("the last computed figures stay").isEqualTo("21750000.00");
  }

  @Test
  void anLpSubscribedToCompanyReportingHasEachCompanyQuarterPushedAndAmendedWhenItsFiguresChange() {
    World world = newWorld();
    String subscriber = "lp-reporting-" + world.publisher();
    String webhook = "/hooks/reporting-" + world.publisher();
    lp.stubFor(post(urlEqualTo(webhook)).willReturn(aResponse().withStatus(204)));
    hub.post("/api/v1/subscribers", "application/json", "{\"code\":\"%s\",\"name\":\"LP\"}".formatted(subscriber));
    HubClient.Credentials client = World.approve(hub, "subscribers", subscriber);
    HubClient.Response subscribed = hub.post("/api/v1/subscriptions", "application/json", """
        {"publisher": "%s", "subscriber": "%s", "investors": "all", "recordTypes": ["company_reporting"],
         "channels": [{"type": "webhook", "url": "%s"}]}""".formatted(world.publisher(), subscriber,
        lp.baseUrl() + webhook));
    assertThat(subscribed.status()).as(subscribed.body().toString()).isEqualTo(201);
    String quarterEnd = "2024-06-28";
    String input = store(world, metrics(quarterEnd));

    List<JsonNode> published = awaitEvents(webhook, 3);
    assertThat(published).extracting(e -> e.get("type").asText()).containsOnly("company_reporting.published");
    assertThat(published).extracting(e -> e.at("/data/companyId").asText())
        .containsExactlyInAnyOrder("NWR", "BLV", "KOA");
    JsonNode bellevue = published.stream().filter(e -> e.at("/data/companyId").asText().equals("BLV"))
        .findFirst().orElseThrow().get("data");
    assertThat(bellevue.get("reference").asText()).isEqualTo("BLV " + quarterEnd);
    assertThat(bellevue.get("localCurrency").asText()).isEqualTo("EUR");
    assertThat(bellevue.get("sourceRecord").asText()).isEqualTo(input);
    assertThat(bellevue.get("lines")).extracting(l -> l.get("view").asText()).containsExactly("local", "USD", "CAD");
    JsonNode local = bellevue.at("/lines/0");
    assertThat(local.get("totalRevenue").asText()).isEqualTo("8400000.00");
    assertThat(local.get("arr").asText()).isEqualTo("12400000.00"); // 3,100,000.00 × 4
    assertThat(local.get("revenueGrowthNotAvailable").asText()).contains("2024-03");
    assertThat(bellevue.at("/lines/1").has("totalRevenue")).isFalse();
    assertThat(bellevue.at("/lines/1/notAvailableReason").asText()).contains("USD");

    HubClient.Response imported = hub.post("/api/v1/fx-rates/import", "text/csv",
        "Date,USD,CAD,AUD,\n" + quarterEnd + ",1.0705,1.4670,1.6079,\n");
    assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);

    List<JsonNode> amended = awaitEvents(webhook, 6).subList(3, 6);
    assertThat(amended).extracting(e -> e.get("type").asText()).containsOnly("company_reporting.amended");
    JsonNode converted = amended.stream().filter(e -> e.at("/data/companyId").asText().equals("BLV"))
        .findFirst().orElseThrow().get("data");
    assertThat(converted.get("version").asInt()).isEqualTo(2);
    assertThat(converted.get("replaces").asText()).isEqualTo(bellevue.get("noticeId").asText());
    // 8,400,000.00 EUR × 1.0705 = 8,992,200 USD
    assertThat(new BigDecimal(converted.at("/lines/1/totalRevenue").asText())).isEqualByComparingTo("8992200");
    assertThat(converted.at("/lines/1/exchangeRateUsed").asText()).isEqualTo("1.0705");

    // Recomputing what did not change stores nothing new: the nightly request runs them all again.
    jdbc.update("INSERT INTO company_recalculation (publisher_id, company_code, reason)"
        + " SELECT id, 'BLV', 'test' FROM publisher WHERE code = ?", world.publisher());
    await().atMost(PATIENCE).until(() -> pending(world) == 0);
    HubClient pulling = hub.as(client.clientId(), client.secret());
    JsonNode pulled = pulling.get("/api/v1/lp/company-reporting").body().get("items");
    assertThat(pulled).hasSize(3).allSatisfy(record -> assertThat(record.get("version").asInt()).isEqualTo(2));
    assertThat(pulling.get("/api/v1/lp/company-metrics").body().get("items")).isEmpty();
    assertThat(lp.findAll(postRequestedFor(urlEqualTo(webhook)))).hasSize(6);
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many of the world's companies are waiting for their reporting to be computed. */
  private long pending(World world) {
    return count("SELECT count(*) FROM company_recalculation r JOIN publisher p ON p.id = r.publisher_id"
        + " WHERE p.code = ?", world.publisher());
  }

  /** The webhook events a path received, in order, once there are {@code count}. */
  private List<JsonNode> awaitEvents(String path, int count) {
    await().atMost(PATIENCE).until(() -> lp.findAll(postRequestedFor(urlEqualTo(path))).size() >= count);
    return lp.findAll(postRequestedFor(urlEqualTo(path))).stream().map(r -> parse(r.getBodyAsString())).toList();
  }

  /** Northwind's metrics for 2022's second quarter in its own currency, once {@code until} holds for them. */
  private static JsonNode awaitNorthwindQ2(World world, Predicate<JsonNode> until) {
    Supplier<Optional<JsonNode>> northwind = () -> {
      JsonNode items = world.asPublisher().get("/api/v1/metrics?company=NWR&currency=local&year=2022&quarter=2")
          .body().get("items");
      return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
    };
    await().atMost(PATIENCE).until(() -> northwind.get().filter(item -> until.test(item.get("metrics"))).isPresent());
    return northwind.get().orElseThrow();
  }

  /** The sample company metrics (USD, EUR and AUD companies) for another quarter end. */
  private static String metrics(String quarterEnd) {
    return sampleText("portfolio-metrics.json").replace("2026-09-30", quarterEnd);
  }

  /** Stores the record; answers its id. */
  private static String store(World world, String metrics) {
    String submission = world.submit("application/json", metrics).body().get("id").asText();
    JsonNode done = world.awaitCompleted(submission);
    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("stored");
    return done.at("/notice/id").asText();
  }

  private static JsonNode awaitViews(World world, String view, int companies) {
    await().atMost(PATIENCE).until(() -> world.asPublisher().get("/api/v1/reporting?currency=" + view)
        .body().get("items").size() == companies);
    return world.asPublisher().get("/api/v1/reporting?currency=" + view).body().get("items");
  }

  private static JsonNode only(HubClient client, String filter, String view) {
    JsonNode items = client.get("/api/v1/reporting?currency=" + view + "&" + filter).body().get("items");
    assertThat(items).as(filter + " " + view).hasSize(1);
    return items.get(0);
  }
}
