package org.pmdc.hub.translation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A layout mapped by the schema-translation service, with WireMock playing the vendor: batches go
 * out with the API key, the mapper and the target schema; what comes back is checked by the same
 * rules as locally mapped data; a failing vendor fails the attempt, never the publisher's file.
 */
class TranslationServiceIT extends HubIntegrationTest {

  private static final String API_KEY = "vendor-key-7f3a9c";

  @RegisterExtension
  static final WireMockExtension vendor = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Path MAPPINGS = mappings();
  private static final Path INBOX = Path.of("target", "test-inbox-translation");

  @Autowired private CircuitBreaker translationServiceBreaker;

  /**
   * Each test starts with a closed breaker, a vendor without answers, and no earlier test's
   * submission still waiting to call it (this hub has its own database).
   */
  @BeforeEach
  void closedBreaker() {
    jdbc.update("UPDATE submission SET status = 'failed' WHERE status IN ('received', 'awaiting_translation')");
    translationServiceBreaker.reset();
    vendor.resetAll();
  }

  @DynamicPropertySource
  static void translationService(DynamicPropertyRegistry properties) {
    properties.add("pmdc.translation.saas.base-url", vendor::baseUrl);
    properties.add("pmdc.translation.saas.api-key", () -> API_KEY);
    properties.add("pmdc.translation.saas.batch-size", () -> "2");
    properties.add("pmdc.translation.saas.max-attempts", () -> "3");
    properties.add("pmdc.translation.saas.requests-per-second", () -> "8");
    // Above a cold first call on a loaded CI machine, below the 4 s of the test of a service that does not answer.
    properties.add("pmdc.translation.saas.timeout-ms", () -> "3000");
    properties.add("pmdc.translation.saas.initial-backoff", () -> "200ms");
    properties.add("pmdc.translation.saas.max-backoff", () -> "2s");
    properties.add("pmdc.translation.saas.breaker.sliding-window-size", () -> "6");
    properties.add("pmdc.translation.saas.breaker.minimum-number-of-calls", () -> "6");
    properties.add("pmdc.translation.saas.breaker.wait-in-open-state", () -> "2s");
    properties.add("pmdc.translation.saas.breaker.trial-calls", () -> "1");
    properties.add("pmdc.mappings.directory", MAPPINGS::toString);
    // This hub has its own database: it must not watch the drop folder the shared hub watches.
    properties.add("pmdc.folder.root", INBOX::toString);
  }

  @Test
  void theServicesRecordsAreStoredAndDeliveredAndEachCallIsAudited() throws Exception {
    World world = newWorld();
    answer("MC-7", 200, """
        {"jobId": "job-42", "records": [
          %s, %s]}""".formatted(record(2, "MC-7", "LP-0001", "600000.00"), record(3, "MC-7", "LP-0002", "400000.00")));
    answer("MC-7", 200, """
        {"jobId": "job-43", "records": [%s]}""".formatted(record(4, "MC-7", "LP-0003", "250000.00")), 4);

    JsonNode done = world.awaitCompleted(world.submit("text/csv", meridian("MC-7", 3)).body().get("id").asText());

    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("stored");
    JsonNode data = JSON.readTree(world.awaitWebhooks(1).get(0).getBodyAsString()).get("data");
    assertThat(data.get("noticeReference").asText()).isEqualTo("MC-7");
    assertThat(data.get("allocations")).hasSize(3);
    assertThat(data.at("/allocations/2/investments").asText()).isEqualTo("250000.00");
    assertThat(data.at("/totals/amount").asText()).isEqualTo("1250000.00");
    vendor.verify(2, postRequestedFor(urlEqualTo("/v1/translate"))
        .withHeader("X-API-Key", equalTo(API_KEY))
        .withRequestBody(matchingJsonPath("$.mapper", equalTo("meridian-capital-call")))
        .withRequestBody(matchingJsonPath("$.targetSchema", equalTo("urn:pmdc:canonical:capital_call"))));
    vendor.verify(postRequestedFor(urlEqualTo("/v1/translate"))
        .withRequestBody(matchingJsonPath("$.records[0].fields['LP Code']", equalTo("LP-0001"))));
    JsonNode events = world.asPublisher().get("/api/v1/submissions/" + done.get("id").asText() + "/events").body();
    assertThat(events.toString()).contains("translation_called").contains("job-42").contains("job-43")
        .doesNotContain(API_KEY);
  }

  @Test
  void whatTheServiceGetsWrongIsQuarantinedOnItsRowsUntilAnOperatorRerunsIt() {
    World world = newWorld();
    String asNumber = record(3, "MC-8", "LP-0002", "6.00").replace("\"6.00\"", "6.00");
    answer("MC-8", 200, """
        {"jobId": "job-44", "records": [%s, %s]}""".formatted(record(2, "MC-8", "LP-0001", "-5.00"), asNumber));
    answer("MC-8", 200, """
        {"jobId": "job-45", "errors": [{"id": "4", "message": "unknown LP code LP-X"}]}""", 4);

    String id = world.submit("text/csv", meridian("MC-8", 3)).body().get("id").asText();

    JsonNode quarantined = awaitQuarantined(world, id);
    assertThat(quarantined.get("errors")).extracting(e -> e.path("row").asText() + " " + e.path("field").asText())
        .containsExactlyInAnyOrder("2 investments", "3 investments", "4 ");
    assertThat(quarantined.get("errors")).extracting(e -> e.get("message").asText())
        .filteredOn(message -> message.startsWith("the translation service's record breaks the canonical schema"))
        .hasSize(2);
    assertThat(quarantined.get("errors").toString()).contains("translation service: unknown LP code LP-X");
    assertThat(quarantined.get("lastError").asText()).startsWith("the translation service's output (jobs job-44, job-45) failed 3 check(s); first: row 2");

    // Every record now fits the schema, but the notice total the vendor made up does not reconcile.
    vendor.resetAll();
    String madeUpTotal = "\"totalAmount\": \"99.00\", \"dueDate\"";
    answer("MC-8", 200, """
        {"jobId": "job-46", "records": [%s, %s]}""".formatted(
        record(2, "MC-8", "LP-0001", "5.00").replace("\"dueDate\"", madeUpTotal),
        record(3, "MC-8", "LP-0002", "6.00").replace("\"dueDate\"", madeUpTotal)));
    answer("MC-8", 200, """
        {"jobId": "job-47", "records": [%s]}""".formatted(
        record(4, "MC-8", "LP-0003", "7.00").replace("\"dueDate\"", madeUpTotal)), 4);
    assertThat(rerun(id).status()).isEqualTo(202);

    assertThat(awaitQuarantined(world, id).get("errors")).extracting(e -> e.get("message").asText())
        .containsExactly("the allocations sum to 18.00, not to the notice total");

    vendor.resetAll();
    answer("MC-8", 200, """
        {"jobId": "job-48", "records": [%s, %s]}""".formatted(record(2, "MC-8", "LP-0001", "5.00"),
        record(3, "MC-8", "LP-0002", "6.00")));
    answer("MC-8", 200, """
        {"jobId": "job-49", "records": [%s]}""".formatted(record(4, "MC-8", "LP-0003", "7.00")), 4);
    HubClient.Response rerun = rerun(id);

    assertThat(rerun.status()).isEqualTo(202);
    assertThat(rerun.body().get("previousStatus").asText()).isEqualTo("quarantined");
    assertThat(world.awaitCompleted(id).get("status").asText()).isEqualTo("stored");
    assertThat(rerun(id).status()).isEqualTo(409);
    assertThat(rerun(UUID.randomUUID().toString()).status()).isEqualTo(404);
  }

  private static JsonNode awaitQuarantined(World world, String id) {
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(world.status(id).get("status").asText()).isEqualTo("quarantined"));
    return world.status(id);
  }

  private HubClient.Response rerun(String id) {
    return hub.post("/api/v1/submissions/" + id + "/rerun", "application/json", "");
  }

  @Test
  void aLayoutOnlyTheServiceMapsWaitsWhileItIsDownOthersFlowAndItIsStoredOnceTheServiceIsBack() {
    World world = newWorld();
    World local = newWorld();
    answer("MC-9", 503, "{\"message\": \"mapper pool exhausted\"}");

    String id = world.submit("text/csv", meridian("MC-9", 2)).body().get("id").asText();

    await().atMost(PATIENCE).until(() -> waitedBecause(id, "the translation service answered 503: mapper pool exhausted"));
    JsonNode other = local.awaitCompleted(local.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText());
    assertThat(other.get("status").asText()).isEqualTo("stored");

    vendor.resetAll();
    answer("MC-9", 200, """
        {"jobId": "job-45", "records": [%s, %s]}""".formatted(record(2, "MC-9", "LP-0001", "1.00"),
        record(3, "MC-9", "LP-0002", "2.00")));
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(world.status(id).get("status").asText()).isEqualTo("stored"));
    assertThat(jdbc.queryForObject("SELECT n.translator FROM notice n JOIN submission s ON s.notice_id = n.id"
        + " WHERE s.public_id = ?::uuid", String.class, id)).isEqualTo("translation-service");
    JsonNode events = world.asPublisher().get("/api/v1/submissions/" + id + "/events").body();
    assertThat(events.toString()).contains("awaiting_translation").contains("resumed");
  }

  @Test
  void aDroppedFileWhoseSubmissionWaitsLeavesTheInboxForWaiting() throws Exception {
    World world = newWorld();
    answer("MC-16", 503, "{\"message\": \"maintenance\"}");
    Path folder = Files.createDirectories(INBOX.resolve(world.publisher()));
    Path temp = Files.writeString(INBOX.resolve(world.publisher() + "-drop.tmp"), meridian("MC-16", 1));

    Files.move(temp, folder.resolve("meridian.csv"));

    await().atMost(PATIENCE).until(() -> Files.exists(folder.resolve(".waiting/meridian.csv")));
    assertThat(folder.resolve("meridian.csv")).doesNotExist();
    // Waiting (and resumed while the breaker stays closed): never rejected, never done.
    assertThat(count("SELECT count(*) FROM audit_event a JOIN submission s ON s.id = a.submission_id"
        + " JOIN publisher p ON p.id = s.publisher_id WHERE p.code = ? AND a.stage = 'awaiting_translation'",
        world.publisher())).isPositive();
    assertThat(jdbc.queryForObject("SELECT s.status FROM submission s JOIN publisher p ON p.id = s.publisher_id"
        + " WHERE p.code = ?", String.class, world.publisher())).isIn("awaiting_translation", "received", "processing");
  }

  @Test
  void aLayoutWithItsOwnRulesFallsBackOnThemWhileTheServiceIsDown() {
    World world = newWorld();
    vendor.stubFor(post(urlEqualTo("/v1/translate"))
        .withRequestBody(matchingJsonPath("$.mapper", equalTo("harbour-capital-call")))
        .willReturn(aResponse().withStatus(503)));

    JsonNode done = world.awaitCompleted(world.submit("text/csv", "Ref,Investor Code,Amount\nHB-1,LP-0001,100.00\n")
        .body().get("id").asText());

    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("stored");
    assertThat(jdbc.queryForObject("SELECT n.translator FROM notice n JOIN submission s ON s.notice_id = n.id"
        + " WHERE s.public_id = ?::uuid", String.class, done.get("id").asText())).isEqualTo("local-mapping");
    assertThat(vendor.findAll(postRequestedFor(urlEqualTo("/v1/translate"))
        .withRequestBody(matchingJsonPath("$.mapper", equalTo("harbour-capital-call"))))).hasSize(3);
  }

  @Test
  void serverErrorsAreRetriedWithBackoffUntilTheServiceRecovers() {
    World world = newWorld();
    String body = """
        {"jobId": "job-50", "records": [%s]}""".formatted(record(2, "MC-10", "LP-0001", "100.00"));
    vendor.stubFor(translateCall("MC-10").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(500)).willSetStateTo("once"));
    vendor.stubFor(translateCall("MC-10").inScenario("flaky").whenScenarioStateIs("once")
        .willReturn(aResponse().withStatus(502)).willSetStateTo("twice"));
    vendor.stubFor(translateCall("MC-10").inScenario("flaky").whenScenarioStateIs("twice")
        .willReturn(okJson(body)));

    JsonNode done = world.awaitCompleted(world.submit("text/csv", meridian("MC-10", 1)).body().get("id").asText());

    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("stored");
    List<LoggedRequest> calls = callsFor("MC-10");
    assertThat(calls).hasSize(3);
    // Backoff with jitter: at least half the nominal 200 ms, then 400 ms.
    assertThat(gapMillis(calls.get(0), calls.get(1))).isGreaterThanOrEqualTo(100);
    assertThat(gapMillis(calls.get(1), calls.get(2))).isGreaterThanOrEqualTo(200);
  }

  @Test
  void aRateLimitedCallIsRepeatedAfterTheVendorsRetryAfter() {
    World world = newWorld();
    vendor.stubFor(translateCall("MC-11").inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("open"));
    vendor.stubFor(translateCall("MC-11").inScenario("limited").whenScenarioStateIs("open")
        .willReturn(okJson("""
            {"jobId": "job-51", "records": [%s]}""".formatted(record(2, "MC-11", "LP-0001", "100.00")))));

    JsonNode done = world.awaitCompleted(world.submit("text/csv", meridian("MC-11", 1)).body().get("id").asText());

    assertThat(done.get("status").asText()).isEqualTo("stored");
    List<LoggedRequest> calls = callsFor("MC-11");
    assertThat(calls).hasSize(2);
    assertThat(gapMillis(calls.get(0), calls.get(1))).isGreaterThanOrEqualTo(1000);
  }

  @Test
  void aRefusedRequestFailsFastWithTheVendorsMessage() {
    World world = newWorld();
    answer("MC-12", 422, "{\"message\": \"mapper meridian-capital-call is not published\"}");

    String id = world.submit("text/csv", meridian("MC-12", 1)).body().get("id").asText();

    await().atMost(PATIENCE).untilAsserted(() -> assertThat(world.status(id).path("lastError").asText())
        .isEqualTo("the translation service answered 422: mapper meridian-capital-call is not published"));
    // At most one call per processing attempt: never a retry within it.
    int attempts = world.status(id).get("attempts").asInt();
    assertThat(callsFor("MC-12").size()).isBetween(1, attempts);
  }

  @Test
  void repeatedFailuresOpenTheBreakerWhichStopsCallingThenLetsATrialThroughAndCloses() {
    World world = newWorld();
    List<Instant> halfOpened = new CopyOnWriteArrayList<>();
    translationServiceBreaker.getEventPublisher().onStateTransition(event -> {
      if (event.getStateTransition().getToState() == CircuitBreaker.State.HALF_OPEN) {
        halfOpened.add(event.getCreationTime().toInstant().truncatedTo(ChronoUnit.MILLIS));
      }
    });
    answer("MC-13", 500, "{\"message\": \"down\"}");

    String id = world.submit("text/csv", meridian("MC-13", 1)).body().get("id").asText();

    // Attempts of three calls each (the submission waits and is resumed in between): six failures
    // open the breaker, which then refuses calls without making them.
    await().atMost(PATIENCE).until(() -> translationServiceBreaker.getState() == CircuitBreaker.State.OPEN);
    assertThat(hub.get("/actuator/health").body().at("/components/translationService/details/breaker").asText())
        .isIn("OPEN", "HALF_OPEN");
    // Failures opened it (how many depends on what else the shared breaker saw in its window; a
    // loaded machine showed 12). That it then stops calling is what the next file shows.
    assertThat(callsFor("MC-13").size()).isGreaterThanOrEqualTo(3);
    // A new file while it is open waits at once: the breaker refused its call (counted as not
    // permitted), and no call for it reached the vendor but trials after the breaker half-opened.
    long refusedBefore = translationServiceBreaker.getMetrics().getNumberOfNotPermittedCalls();
    String next = world.submit("text/csv", meridian("MC-13B", 1)).body().get("id").asText();
    await().atMost(PATIENCE).until(() -> waitedBecause(next,
        "the translation service is unavailable: its circuit breaker is open after repeated failures"));
    assertThat(translationServiceBreaker.getMetrics().getNumberOfNotPermittedCalls()).isGreaterThan(refusedBefore);
    assertThat(callsFor("MC-13B")).as("calls that reached the vendor while the breaker was open")
        .filteredOn(call -> halfOpened.stream().noneMatch(at -> !call.getLoggedDate().toInstant().isBefore(at)))
        .isEmpty();
    assertThat(waitedBecause(id, "the translation service answered 500: down")).isTrue();

    vendor.resetAll();
    answer("MC-13", 200, """
        {"jobId": "job-52", "records": [%s]}""".formatted(record(2, "MC-13", "LP-0001", "100.00")));
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(world.status(id).get("status").asText()).isEqualTo("stored"));
    await().atMost(PATIENCE).until(() -> translationServiceBreaker.getState() == CircuitBreaker.State.CLOSED);
  }

  @Test
  void anAnswerThatIsNotJsonFailsTheAttemptWithoutRetrying() {
    World world = newWorld();
    vendor.stubFor(translateCall("MC-14").willReturn(aResponse().withStatus(200).withBody("<html>gateway</html>")));

    String id = world.submit("text/csv", meridian("MC-14", 1)).body().get("id").asText();

    await().atMost(PATIENCE).untilAsserted(() -> assertThat(world.status(id).path("lastError").asText())
        .isEqualTo("the translation service answered something that is not a JSON object"));
    assertThat(world.status(id).get("status").asText()).isNotEqualTo("rejected");
    assertThat(callsFor("MC-14").size()).isBetween(1, world.status(id).get("attempts").asInt());
  }

  @Test
  void aServiceThatDoesNotAnswerInTimeIsRetriedThenWaitedFor() {
    World world = newWorld();
    vendor.stubFor(translateCall("MC-15").willReturn(okJson("{}").withFixedDelay(4000)));

    String id = world.submit("text/csv", meridian("MC-15", 1)).body().get("id").asText();

    await().atMost(PATIENCE).until(() -> waitedBecause(id, "the translation service did not answer in time"));
    // Three calls in the first attempt (later ones may follow: waiting submissions are resumed
    // while the breaker, which these three timeouts do not open, stays closed).
    assertThat(callsFor("MC-15").size()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aBurstAgainstASlowServiceStaysWithinItsRateAndEverySubmissionIsStoredOnce() {
    World world = newWorld();
    vendor.stubFor(post(urlEqualTo("/v1/translate"))
        .withRequestBody(matchingJsonPath("$.records[0].fields.Deal", matching("BURST-.*")))
        .willReturn(aResponse().withFixedDelay(150).withHeader("Content-Type", "application/json")
            .withTransformers("response-template")
            .withBody("{\"jobId\": \"job-burst\", \"records\": ["
                + record(2, "{{jsonPath request.body '$.records[0].fields.Deal'}}", "LP-0001", "100.00") + "]}")));

    for (int i = 1; i <= 50; i++) {
      world.submit("text/csv", meridian("BURST-" + i, 1));
    }

    await().atMost(Duration.ofSeconds(60)).until(() -> count("SELECT count(*) FROM submission s JOIN publisher p"
        + " ON p.id = s.publisher_id WHERE p.code = ? AND s.status = 'stored'", world.publisher()) == 50);
    assertThat(count("SELECT count(*) FROM notice n JOIN publisher p ON p.id = n.publisher_id WHERE p.code = ?",
        world.publisher())).isEqualTo(50);
    List<Long> times = vendor.findAll(postRequestedFor(urlEqualTo("/v1/translate"))
            .withRequestBody(matchingJsonPath("$.records[0].fields.Deal", matching("BURST-.*"))))
        .stream().map(call -> call.getLoggedDate().getTime()).sorted().toList();
    assertThat(times).hasSize(50);
    assertThat(busiestSecond(times)).isLessThanOrEqualTo(8);
    // And over the whole burst: 49 intervals of at least 125 ms.
    assertThat(times.get(49) - times.get(0)).isGreaterThanOrEqualTo(49 * 125 - 50);
  }

  /**
   * The most calls the stub logged within any one second, allowing 50 ms for the delay between the
   * hub letting a call go and the stub logging it, which a busy shared machine can stretch.
   */
  private static int busiestSecond(List<Long> sortedTimes) {
    int busiest = 0;
    for (int first = 0, last = 0; last < sortedTimes.size(); last++) {
      while (sortedTimes.get(last) - sortedTimes.get(first) >= 1000 - 50) {
        first++;
      }
      busiest = Math.max(busiest, last - first + 1);
    }
    return busiest;
  }

  private static MappingBuilder translateCall(String deal) {
    return post(urlEqualTo("/v1/translate")).withRequestBody(matchingJsonPath("$.records[0].fields.Deal", equalTo(deal)));
  }

  /**
   * Whether the submission waited for the given reason. Read from its audit trail, not its status,
   * which moves on as a waiting submission is resumed and tried again.
   */
  private boolean waitedBecause(String id, String reason) {
    return count("SELECT count(*) FROM audit_event a JOIN submission s ON s.id = a.submission_id"
        + " WHERE s.public_id = ?::uuid AND a.stage = 'awaiting_translation' AND a.detail ->> 'reason' = ?",
        id, reason) > 0;
  }

  private static List<LoggedRequest> callsFor(String deal) {
    return vendor.findAll(postRequestedFor(urlEqualTo("/v1/translate"))
        .withRequestBody(matchingJsonPath("$.records[0].fields.Deal", equalTo(deal))));
  }

  private static long gapMillis(LoggedRequest first, LoggedRequest second) {
    return second.getLoggedDate().getTime() - first.getLoggedDate().getTime();
  }

  /** The vendor's answer to the batch whose first record comes from the given deal's file (and row). */
  private static void answer(String deal, int status, String body) {
    answer(deal, status, body, 2);
  }

  private static void answer(String deal, int status, String body, int firstRow) {
    vendor.stubFor(post(urlEqualTo("/v1/translate"))
        .withRequestBody(matchingJsonPath("$.records[0].fields.Deal", equalTo(deal)))
        .withRequestBody(matchingJsonPath("$.records[0].id", equalTo(Integer.toString(firstRow))))
        .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
  }

  private static String record(int row, String deal, String investor, String investments) {
    return """
        {"id": "%d", "fields": {"fundId": "GF-III", "noticeReference": "%s", "noticeDate": "2026-11-20",
          "dueDate": "2026-12-04", "currency": "USD", "investorId": "%s", "investments": "%s"}}"""
        .formatted(row, deal, investor, investments);
  }

  /** A layout of Meridian's own, which only the translation service knows how to map. */
  private static String meridian(String deal, int rows) {
    StringBuilder csv = new StringBuilder("Deal,Vehicle,LP Code,Drawdown\n");
    for (int i = 1; i <= rows; i++) {
      csv.append(deal).append(",Growth III,LP-000").append(i).append(",").append(i * 100).append("k\n");
    }
    return csv.toString();
  }

  private static Path mappings() {
    try {
      Path folder = Files.createTempDirectory("saas-mappings");
      Files.writeString(folder.resolve("meridian-capital-call-saas.yaml"), """
          id: meridian-capital-call-saas
          version: 1
          description: Meridian capital call, mapped by the translation service
          recordType: capital_call
          source:
            type: csv
          match:
            contentTypes: [text/csv]
            columns: [Deal, LP Code]
          translation:
            provider: saas
            mapper: meridian-capital-call
          """);
      Files.copy(Path.of("mappings", "pmdc-capital-call-csv.yaml"), folder.resolve("pmdc-capital-call-csv.yaml"));
      Files.writeString(folder.resolve("harbour-capital-call-saas.yaml"), """
          id: harbour-capital-call-saas
          version: 1
          description: Harbour capital call, mapped by the translation service, with local rules to fall back on
          recordType: capital_call
          source:
            type: csv
          match:
            contentTypes: [text/csv]
            columns: [Ref, Investor Code]
          translation:
            provider: saas
            mapper: harbour-capital-call
          notice:
            fundId: {constant: GF-III}
            noticeReference: Ref
            noticeDate: {constant: "2026-11-20"}
            dueDate: {constant: "2026-12-04"}
            currency: {constant: USD}
          allocation:
            investorId: Investor Code
            investments: Amount
          """);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
