package org.pmdc.hub.fx;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Exchange rates as users meet them: the seed extract loaded on a first start, the rate for a
 * quarter end and for a weekend, what is "not available" and why, an admin's import with a
 * corrected rate, and fetches from WireMock playing the ECB (success, 500s then recovery, a
 * timeout, malformed XML), each recorded and shown in the health.
 */
class FxRatesIT extends HubIntegrationTest {

  @RegisterExtension
  static final WireMockExtension ecb = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Autowired CamelContext camel;

  @DynamicPropertySource
  static void fxSource(DynamicPropertyRegistry properties) {
    properties.add("pmdc.fx.ecb-base-url", () -> ecb.baseUrl() + "/ecb");
    // This hub has its own database: it must not take the files dropped for the shared hub.
    properties.add("pmdc.folder.root", () -> "target/test-inbox-fx");
    properties.add("pmdc.fx.seed-file", () -> "sample-files/fx/eurofxref-hist-extract.csv");
    properties.add("pmdc.fx.retries", () -> "2");
    properties.add("pmdc.fx.timeout-ms", () -> "1500");
    // Each test's failures are its own: the breaker does not open across them.
    properties.add("pmdc.fx.breaker-min-calls", () -> "100");
    properties.add("pmdc.fx.breaker-window", () -> "100");
    // Fired by the tests, not the clock (the cluster test shows the schedule).
    properties.add("pmdc.fx.cron", () -> "0 0 0 1 1 ? 2099");
  }

  @BeforeEach
  void seeded() {
    await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM fx_fetch WHERE source = 'ecb-csv-seed'") == 1);
  }

  private JsonNode rate(String query) {
    HubClient.Response answer = hub.get("/api/v1/fx-rates?" + query);
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    return answer.body();
  }

  @Test
  void theSeedExtractGivesQuarterEndRatesCrossedThroughTheEuro() {
    // ECB, 2025-03-31: USD 1.0815, CAD 1.5533 per euro; 1.5533 / 1.0815 = 1.43624595469...
    JsonNode rate = rate("base=USD&quote=CAD&date=2025-03-31&amount=1000000");
    assertThat(rate.get("rate").decimalValue()).isEqualByComparingTo("1.4362459547");
    assertThat(rate.get("rateDate").asText()).isEqualTo("2025-03-31");
    assertThat(rate.get("converted").decimalValue()).isEqualByComparingTo("1436245.954693");
    assertThat(rate.get("legs")).hasSize(2);
    assertThat(rate.at("/legs/0/source").asText()).isEqualTo("ecb-csv-seed");
    // A Sunday takes Friday's rates (2025-03-28: USD 1.0797, CAD 1.5444): 1.5444 / 1.0797 = 1.43039733259...
    JsonNode sunday = rate("base=USD&quote=CAD&date=2025-03-30");
    assertThat(sunday.get("rate").decimalValue()).isEqualByComparingTo("1.4303973326");
    assertThat(sunday.get("rateDate").asText()).isEqualTo("2025-03-28");
  }

  @Test
  void aRateTheHubCannotGiveIsNullWithTheReason() {
    assertThat(rate("base=EUR&quote=USD&date=2024-11-18").get("reason").asText())
        .isEqualTo("the first EUR/USD rate the hub holds is of 2024-11-19, after 2024-11-18");
    assertThat(rate("base=XAU&quote=USD&date=2025-03-31").get("reason").asText())
        .startsWith("the hub holds no rate for XAU");
    JsonNode stale = rate("base=EUR&quote=CHF&date=2025-06-30");
    assertThat(stale.get("rate").isNull()).isTrue();
    assertThat(stale.get("reason").asText()).contains("is of 2025-05-09, more than 7 days earlier");
    assertThat(rate("base=EUR&quote=USD&date=2099-01-01").get("reason").asText()).contains("in the future");
  }

  @Test
  void badParametersAreEachNamed() {
    HubClient.Response answer = hub.get("/api/v1/fx-rates?base=usd&date=31.03.2025&amount=-5");
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body().get("errors")).extracting(error -> error.get("field").asText())
        .containsExactlyInAnyOrder("base", "quote", "date", "amount");
  }

  @Test
  void anImportStoresCorrectionsAsNewVersionsAndRepeatsNothing() {
    String csv = "Date,USD,CAD,\n2025-05-12,1.1106,1.5519,\n2025-04-30,1.1374,1.5728,\n";
    HubClient.Response imported = hub.post("/api/v1/fx-rates/import", "text/csv", csv);
    assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
    // Two new rates of 2025-05-12, one corrected (USD of 2025-04-30 was 1.1373); CAD of 2025-04-30 is held already.
    assertThat(imported.body().get("ratesRead").asInt()).isEqualTo(4);
    assertThat(imported.body().get("ratesStored").asInt()).isEqualTo(3);
    JsonNode corrected = rate("base=EUR&quote=USD&date=2025-04-30");
    assertThat(corrected.get("rate").decimalValue()).isEqualByComparingTo("1.1374");
    assertThat(corrected.at("/legs/0/version").asInt()).isEqualTo(2);
    assertThat(count("SELECT count(*) FROM fx_rate WHERE quote = 'USD' AND rate_date = '2025-04-30'")).isEqualTo(2);

    HubClient.Response again = hub.post("/api/v1/fx-rates/import", "text/csv", csv);
    assertThat(again.body().get("ratesStored").asInt()).isZero();
  }

  @Test
  void aFileWithBadCellsIsRefusedWholeNamingEachCell() {
    long before = count("SELECT count(*) FROM fx_rate");
    HubClient.Response refused = hub.post("/api/v1/fx-rates/import", "text/csv",
        "Date,USD,CAD,\n2025-05-13,1.12,,\n2025-05-14,one,-1,\n");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().get("errors")).extracting(error -> error.get("row").asInt() + " " + error.get("field").asText())
        .containsExactly("3 USD", "3 CAD");
    assertThat(count("SELECT count(*) FROM fx_rate")).isEqualTo(before);
    assertThat(hub.anonymous().post("/api/v1/fx-rates/import", "text/csv", "Date,USD\n").status()).isEqualTo(401);
  }

  @Test
  void aFetchStoresTheEcbFileAndTheHealthTurnsUp() {
    assertThat(hub.get("/actuator/health").body().at("/components/fxRates/status").asText()).isIn("STALE", "UP");
    LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    ecb.stubFor(get(urlPathMatching("/ecb/eurofxref-.*\\.xml")).willReturn(aResponse().withStatus(200)
        .withBody(ecbXml(Map.of(yesterday, "1.0400", yesterday.minusDays(1), "1.0390")))));

    fetch();

    assertThat(lastFetch()).containsEntry("outcome", "succeeded");
    assertThat(rate("base=EUR&quote=USD&date=" + yesterday).get("rate").decimalValue()).isEqualByComparingTo("1.0400");
    JsonNode health = hub.get("/actuator/health").body().at("/components/fxRates");
    assertThat(health.get("status").asText()).isEqualTo("UP");
    assertThat(health.at("/details/latestRateDate").asText()).isEqualTo(yesterday.toString());
  }

  @Test
  void serverErrorsAreRetriedWithBackoffThenTheFetchSucceeds() {
    LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(2);
    String url = "/ecb/eurofxref-.*\\.xml";
    ecb.stubFor(get(urlPathMatching(url)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("once"));
    ecb.stubFor(get(urlPathMatching(url)).inScenario("flaky").whenScenarioStateIs("once")
        .willReturn(aResponse().withStatus(500)).willSetStateTo("twice"));
    ecb.stubFor(get(urlPathMatching(url)).inScenario("flaky").whenScenarioStateIs("twice")
        .willReturn(aResponse().withStatus(200).withBody(ecbXml(Map.of(day, "1.0401")))));

    fetch();

    assertThat(lastFetch()).containsEntry("outcome", "succeeded");
    ecb.verify(3, getRequestedFor(urlPathMatching(url)));
  }

  @Test
  void aTimeoutOrAnAnswerThatIsNotTheEcbsIsAFailedFetchWithItsReason() {
    String url = "/ecb/eurofxref-.*\\.xml";
    ecb.stubFor(get(urlPathMatching(url)).willReturn(aResponse().withStatus(200).withBody("<html>maintenance</html>")));
    fetch();
    assertThat((String) lastFetch().get("error")).contains("not an ECB reference rates file");
    ecb.verify(1, getRequestedFor(urlPathMatching(url))); // not retried: asking again gives the same page

    ecb.resetAll();
    ecb.stubFor(get(urlPathMatching(url)).willReturn(aResponse().withStatus(200).withFixedDelay(4000)
        .withBody(ecbXml(Map.of(LocalDate.now(ZoneOffset.UTC), "1.05")))));
    fetch();
    assertThat(lastFetch()).containsEntry("outcome", "failed");
    assertThat((String) lastFetch().get("error")).containsIgnoringCase("timeout");
    assertThat(hub.get("/actuator/health").body().at("/components/fxRates/details/lastFailure/error").asText())
        .containsIgnoringCase("timeout");
  }

  private void fetch() {
    camel.createProducerTemplate().sendBody("direct:fetch-fx-rates", null);
  }

  private Map<String, Object> lastFetch() {
    return jdbc.queryForMap("SELECT outcome, error FROM fx_fetch WHERE source = 'ecb' ORDER BY id DESC LIMIT 1");
  }

  private static String ecbXml(Map<LocalDate, String> usdByDay) {
    StringBuilder cubes = new StringBuilder();
    usdByDay.forEach((day, usd) -> cubes.append("<Cube time='").append(day).append("'><Cube currency='USD' rate='")
        .append(usd).append("'/><Cube currency='CAD' rate='1.5'/></Cube>"));
    return "<?xml version='1.0' encoding='UTF-8'?><gesmes:Envelope xmlns:gesmes='http://www.gesmes.org/xml/2002-08-01'"
        + " xmlns='http://www.ecb.int/vocabulary/2002-08-01/eurofxref'><gesmes:subject>Reference rates</gesmes:subject>"
        + "<Cube>" + cubes + "</Cube></gesmes:Envelope>";
  }
}
