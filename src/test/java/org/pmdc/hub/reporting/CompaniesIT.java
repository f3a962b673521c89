package org.pmdc.hub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;

/** Portfolio companies: saved by their publisher with optimistic concurrency, seen as entitled. */
class CompaniesIT extends HubIntegrationTest {

  /** Seed 003's example company, in the hub's vocabulary (ISO country, amounts in units). */
  private static final String WORKRAMP = """
      {"code": "reciLI8sBuJE9vEAv", "name": "WorkRamp", "fund": "GF-III", "reportingStatus": "active",
       "reportingCurrency": "USD", "customerType": "B2B", "locationCountry": "US", "revenueType": "recurring",
       "sector": "Software", "stage": "Series C", "equityRaised": "67200000.00",
       "postMoneyValuation": "215000000.00", "yearEndDate": "2022-12-31"}""";

  @Test
  void aPublisherCreatesItsCompanyAndUpdatesItFromTheVersionItRead() {
    World world = newWorld();
    HubClient publisher = world.asPublisher();

    HubClient.Response created = publisher.post("/api/v1/companies", "application/json", WORKRAMP);
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    assertThat(created.header("ETag")).isEqualTo("\"v1\"");
    JsonNode company = created.body();
    assertThat(created.header("Location")).isEqualTo("/api/v1/companies/" + company.get("id").asText());
    assertThat(company.get("publisher").asText()).isEqualTo(world.publisher());
    assertThat(company.get("equityRaised").asText()).isEqualTo("67200000.0000");
    assertThat(company.get("createdBy").asText()).isEqualTo(world.publisherClient().clientId());
    assertThat(company.get("version").asInt()).isEqualTo(1);

    HubClient.Response read = publisher.get(created.header("Location"));
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo("\"v1\"");
    assertThat(read.body().get("yearEndDate").asText()).isEqualTo("2022-12-31");

    String exited = WORKRAMP.replace("\"active\"", "\"exited\"");
    HubClient.Response updated = hub.post("/api/v1/companies", "application/json",
        exited.replace("{", "{\"publisher\": \"" + world.publisher() + "\", "), "If-Match", read.header("ETag"));
    assertThat(updated.status()).as(updated.body().toString()).isEqualTo(200);
    assertThat(updated.header("ETag")).isEqualTo("\"v2\"");
    assertThat(updated.body().get("reportingStatus").asText()).isEqualTo("exited");
    assertThat(updated.body().get("id").asText()).isEqualTo(company.get("id").asText());
    assertThat(updated.body().get("createdBy").asText()).isEqualTo(world.publisherClient().clientId());
    assertThat(updated.body().get("lastUpdatedBy").asText()).isNotEqualTo(world.publisherClient().clientId());

    HubClient.Response stale = publisher.post("/api/v1/companies", "application/json", WORKRAMP, "If-Match", "\"v1\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.body().get("detail").asText()).contains("version 2");
    assertThat(publisher.get(created.header("Location")).body().get("reportingStatus").asText()).isEqualTo("exited");

    HubClient.Response unconditional = publisher.post("/api/v1/companies", "application/json", WORKRAMP);
    assertThat(unconditional.status()).isEqualTo(200);
    assertThat(unconditional.body().get("version").asInt()).isEqualTo(3);
    HubClient.Response absent = publisher.post("/api/v1/companies", "application/json",
        WORKRAMP.replace("reciLI8sBuJE9vEAv", "not-yet"), "If-Match", "\"v1\"");
    assertThat(absent.status()).isEqualTo(412);
    assertThat(count("SELECT count(*) FROM company c JOIN publisher p ON p.id = c.publisher_id WHERE p.code = ?",
        world.publisher())).isEqualTo(1);
  }

  @Test
  void aCompanyIsSeenByItsPublisherTheLpsWhoseSubscriptionsCoverItsFundAndStaff() {
    World world = newWorld().withFund("VF-II", "USD");
    World other = newWorld();
    String id = world.asPublisher().post("/api/v1/companies", "application/json", WORKRAMP).body().get("id").asText();
    HubClient otherFundsLp = lpSubscribedTo(world, "VF-II");

    assertThat(codes(world.asPublisher().get("/api/v1/companies"))).containsExactly("reciLI8sBuJE9vEAv");
    assertThat(codes(world.asSubscriber().get("/api/v1/companies"))).containsExactly("reciLI8sBuJE9vEAv");
    assertThat(world.asSubscriber().get("/api/v1/companies/" + id).status()).isEqualTo(200);
    assertThat(codes(hub.get("/api/v1/companies?publisher=" + world.publisher()))).containsExactly("reciLI8sBuJE9vEAv");

    assertThat(codes(other.asPublisher().get("/api/v1/companies"))).isEmpty();
    assertThat(codes(other.asSubscriber().get("/api/v1/companies"))).isEmpty();
    assertThat(other.asSubscriber().get("/api/v1/companies/" + id).status()).isEqualTo(404);
    assertThat(codes(otherFundsLp.get("/api/v1/companies"))).isEmpty();
    assertThat(otherFundsLp.get("/api/v1/companies/" + id).status()).isEqualTo(404);
  }

  @Test
  void theListIsFilteredAndPaged() {
    World world = newWorld().withFund("VF-II", "EUR");
    HubClient publisher = world.asPublisher();
    publisher.post("/api/v1/companies", "application/json", WORKRAMP);
    publisher.post("/api/v1/companies", "application/json", """
        {"code": "BLV", "name": "Bellevue Diagnostics GmbH", "fund": "VF-II", "reportingCurrency": "EUR"}""");
    publisher.post("/api/v1/companies", "application/json", """
        {"code": "KOA", "name": "Koala Freight", "fund": "GF-III", "reportingCurrency": "AUD",
         "reportingStatus": "written_off"}""");

    assertThat(codes(publisher.get("/api/v1/companies?fund=GF-III"))).containsExactly("reciLI8sBuJE9vEAv", "KOA");
    assertThat(codes(publisher.get("/api/v1/companies?status=active&currency=EUR"))).containsExactly("BLV");
    assertThat(codes(publisher.get("/api/v1/companies?name=koala"))).containsExactly("KOA");
    JsonNode first = publisher.get("/api/v1/companies?limit=2").body();
    assertThat(first.get("items")).hasSize(2);
    assertThat(codes(publisher.get("/api/v1/companies?limit=2&cursor=" + first.get("nextCursor").asText())))
        .containsExactly("KOA");
    HubClient.Response refused = publisher.get("/api/v1/companies?status=sold&limit=0");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().get("errors")).extracting(e -> e.get("field").asText())
        .containsExactlyInAnyOrder("status", "limit");
  }

  @Test
  void everyInvalidFieldIsNamedAndAnotherPublishersFundIsNotOne() {
    World world = newWorld();
    World other = newWorld().withFund("OWN-I", "USD");

    HubClient.Response refused = world.asPublisher().post("/api/v1/companies", "application/json", """
        {"code": "X1", "name": "X", "fund": "GF-III", "reportingStatus": "Active", "reportingCurrency": "USX",
         "locationCountry": "United States", "customerType": "enterprise", "equityRaised": "-1",
         "yearEndDate": "31/12/2022"}""");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().get("errors")).extracting(e -> e.get("field").asText()).containsExactlyInAnyOrder(
        "reportingStatus", "reportingCurrency", "locationCountry", "customerType", "equityRaised", "yearEndDate");

    HubClient.Response foreignFund = world.asPublisher().post("/api/v1/companies", "application/json",
        WORKRAMP.replace("GF-III", "OWN-I"));
    assertThat(foreignFund.status()).isEqualTo(422);
    assertThat(foreignFund.body().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("fund");
    assertThat(other.asPublisher().get("/api/v1/companies").body().get("items")).isEmpty();
  }

  @Test
  void companiesThatMetricsNameButNobodyRegisteredAreReported() {
    World world = newWorld().withFund("VF-II", "USD");
    String submission = world.submit("application/json", sampleText("portfolio-metrics.json")).body().get("id").asText();
    assertThat(world.awaitCompleted(submission).get("status").asText()).isEqualTo("stored");

    JsonNode unregistered = world.asPublisher().get("/api/v1/unregistered-companies").body();
    assertThat(unregistered).extracting(c -> c.get("code").asText()).containsExactly("BLV", "KOA", "NWR");
    assertThat(unregistered.get(2).get("name").asText()).isEqualTo("Northwind Robotics Inc.");
    assertThat(unregistered.get(2).get("latestPeriodEnd").asText()).isEqualTo("2026-09-30");
    assertThat(unregistered.get(2).get("fund").asText()).isEqualTo("GF-III");

    world.asPublisher().post("/api/v1/companies", "application/json", """
        {"code": "NWR", "name": "Northwind Robotics Inc.", "fund": "GF-III", "reportingCurrency": "USD"}""");
    assertThat(world.asPublisher().get("/api/v1/unregistered-companies").body())
        .extracting(c -> c.get("code").asText()).containsExactly("BLV", "KOA");
    assertThat(world.asSubscriber().get("/api/v1/unregistered-companies").body()).hasSize(2);
    assertThat(newWorld().asSubscriber().get("/api/v1/unregistered-companies").body()).isEmpty();
  }

  /** A new LP of the world's publisher whose one subscription covers only the named fund. */
  private HubClient lpSubscribedTo(World world, String fund) {
    String code = "lp-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    assertThat(hub.post("/api/v1/subscribers", "application/json",
        "{\"code\":\"" + code + "\",\"name\":\"LP " + code + "\"}").status()).isEqualTo(201);
    HubClient.Credentials client = World.approve(hub, "subscribers", code);
    HubClient.Response subscribed = hub.post("/api/v1/subscriptions", "application/json", """
        {"publisher":"%s","subscriber":"%s","funds":["%s"],"investors":"all",
         "channels":[{"type":"webhook","url":"%s/hooks/%s"}]}""".formatted(world.publisher(), code, fund, lp.baseUrl(), code));
    assertThat(subscribed.status()).as(subscribed.body().toString()).isEqualTo(201);
    return hub.as(client.clientId(), client.secret());
  }

  private static Iterable<String> codes(HubClient.Response page) {
    assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
    return () -> java.util.stream.StreamSupport.stream(page.body().get("items").spliterator(), false)
        .map(c -> c.get("code").asText()).iterator();
  }
}
