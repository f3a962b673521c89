package org.pmdc.hub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
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

    await().atMost(PATIENCE).until(() -> !only(world.asPublisher(), "company=BLV", "USD").get("totalRevenue").isNull());
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
    assertThat(count("SELECT count(*) FROM company_recalculation r JOIN publisher p ON p.id = r.publisher_id"
        + " WHERE p.code = ?", world.publisher())).isZero();
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
