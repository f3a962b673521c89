package org.pmdc.hub.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.WebhookVerifier;
import org.pmdc.hub.support.World;

/** A notice from REST POST to the LP's webhook: storage, delivery, duplicates, amendments, retries. */
class NoticeFlowIT extends HubIntegrationTest {

  @Test
  void aJsonCapitalCallIsStoredAndDeliveredSignedToTheSubscribedLp() throws Exception {
    World world = newWorld();

    HubClient.Response accepted = world.submit("application/json", sampleText("capital-call.json"));

    assertThat(accepted.status()).isEqualTo(202);
    String id = accepted.body().get("id").asText();
    assertThat(accepted.header("Location")).isEqualTo("/api/v1/submissions/" + id);
    assertThat(accepted.body().get("status").asText()).isEqualTo("received");

    JsonNode done = world.awaitCompleted(id);
    assertThat(done.get("status").asText()).isEqualTo("stored");
    assertThat(done.get("rowCount").asInt()).isEqualTo(3);
    assertThat(done.at("/mapping/id").asText()).isEqualTo("pmdc-capital-call-json");
    assertThat(done.at("/notice/version").asInt()).isEqualTo(1);

    LoggedRequest webhook = world.awaitWebhooks(1).get(0);
    String body = webhook.getBodyAsString();
    assertThat(WebhookVerifier.verify(world.secret(), webhook.getHeader("webhook-id"),
            webhook.getHeader("webhook-timestamp"), body, webhook.getHeader("webhook-signature")))
        .as("signature verifies with the subscription's secret")
        .isTrue();
    assertThat(webhook.getHeader("webhook-id")).isEqualTo(done.at("/deliveries/0/id").asText());
    JsonNode event = JSON.readTree(body);
    assertThat(event.get("type").asText()).isEqualTo("capital_call.published");
    JsonNode data = event.get("data");
    assertThat(data.get("noticeId").asText()).isEqualTo(done.at("/notice/id").asText());
    assertThat(data.get("amendment").asBoolean()).isFalse();
    assertThat(data.get("publisher").asText()).isEqualTo(world.publisher());
    assertThat(data.get("fundId").asText()).isEqualTo("GF-III");
    assertThat(data.get("dueDate").asText()).isEqualTo("2026-11-16");
    assertThat(data.at("/totals/amount").asText()).isEqualTo("4925000.00");
    assertThat(data.at("/totals/managementFees").asText()).isEqualTo("375000.00");
    assertThat(data.get("allocations")).hasSize(3);
    assertThat(data.at("/allocations/0/investorId").asText()).isEqualTo("LP-0001");
    assertThat(data.at("/allocations/0/amount").asText()).isEqualTo("2462500.00");

    long submissionId = jdbc.queryForObject("SELECT id FROM submission WHERE public_id = ?::uuid", Long.class, id);
    assertThat(count("SELECT count(*) FROM capital_call_allocation a JOIN notice n ON n.id = a.notice_id "
        + "WHERE n.submission_id = ?", submissionId)).isEqualTo(3);
    assertThat(jdbc.queryForObject("SELECT sum(amount) FROM capital_call_allocation a JOIN notice n "
        + "ON n.id = a.notice_id WHERE n.submission_id = ?", BigDecimal.class, submissionId))
        .isEqualByComparingTo("4925000.00");
    await().atMost(PATIENCE).until(() -> count(
        "SELECT count(*) FROM delivery d JOIN notice n ON n.id = d.notice_id "
            + "WHERE n.submission_id = ? AND d.status = 'delivered'", submissionId) == 1);
    List<String> stages = jdbc.queryForList(
        "SELECT stage FROM audit_event WHERE submission_id = ? OR notice_id = "
            + "(SELECT notice_id FROM submission WHERE id = ?) ORDER BY id", String.class, submissionId, submissionId);
    assertThat(stages).containsSubsequence("received", "stored", "queued", "delivered");
  }

  @Test
  void aCsvDistributionIsStoredWithWithholdingTaxDeducted() throws Exception {
    World world = newWorld();

    HubClient.Response accepted = world.submit("text/csv", sampleText("distribution.csv"));

    JsonNode done = world.awaitCompleted(accepted.body().get("id").asText());
    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("stored");
    assertThat(done.at("/mapping/id").asText()).isEqualTo("pmdc-distribution-csv");
    JsonNode event = JSON.readTree(world.awaitWebhooks(1).get(0).getBodyAsString());
    assertThat(event.get("type").asText()).isEqualTo("distribution.published");
    assertThat(event.at("/data/paymentDate").asText()).isEqualTo("2026-11-14");
    assertThat(event.at("/data/allocations/0/amount").asText()).isEqualTo("1475000.00");
    assertThat(event.at("/data/totals/withholdingTax").asText()).isEqualTo("50000.00");
    assertThat(event.at("/data/totals/recallable").asText()).isEqualTo("200000.00");
    assertThat(event.at("/data/totals/amount").asText()).isEqualTo("2950000.00");
  }

  @Test
  void anIdenticalRepostReturnsTheOriginalSubmissionAndDeliversOnce() {
    World world = newWorld();
    String body = sampleText("capital-call.csv");

    HubClient.Response first = world.submit("text/csv", body);
    HubClient.Response again = world.submit("text/csv", body);

    assertThat(first.status()).isEqualTo(202);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().get("id")).isEqualTo(first.body().get("id"));
    world.awaitCompleted(first.body().get("id").asText());
    world.awaitWebhooks(1);
    assertThat(count("SELECT count(*) FROM submission s JOIN publisher p ON p.id = s.publisher_id "
        + "WHERE p.code = ?", world.publisher())).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM delivery d JOIN notice n ON n.id = d.notice_id "
        + "JOIN publisher p ON p.id = n.publisher_id WHERE p.code = ?", world.publisher())).isEqualTo(1);
  }

  @Test
  void anIdempotencyKeyReturnsTheOriginalAndRefusesDifferentContent() {
    World world = newWorld();
    String body = sampleText("capital-call.json");

    HubClient.Response first = world.submit("application/json", body, "Idempotency-Key", "call-7");
    HubClient.Response retried = world.submit("application/json", body, "Idempotency-Key", "call-7");
    HubClient.Response misused = world.submit("text/csv", sampleText("capital-call.csv"), "Idempotency-Key", "call-7");

    assertThat(retried.status()).isEqualTo(200);
    assertThat(retried.body().get("id")).isEqualTo(first.body().get("id"));
    assertThat(misused.status()).isEqualTo(422);
    assertThat(misused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(misused.body().get("type").asText()).isEqualTo("/problems/idempotency-key-reused");
  }

  @Test
  void aChangedRepostBecomesVersionTwoAndIsDeliveredAsAnAmendment() throws Exception {
    World world = newWorld();
    ObjectNode notice = sample("capital-call.json");
    String v1 = world.awaitCompleted(world.submit("application/json", notice.toString()).body().get("id").asText())
        .at("/notice/id").asText();
    world.awaitWebhooks(1);

    ObjectNode allocation = (ObjectNode) notice.at("/allocations/2");
    allocation.put("investments", "1000000.00").put("amount", "1085000.00").put("unfundedAfter", "12515000.00");
    ((ObjectNode) notice.get("totals")).put("investments", "4600000.00").put("amount", "5025000.00");
    JsonNode amended = world.awaitCompleted(world.submit("application/json", notice.toString()).body().get("id").asText());

    assertThat(amended.get("status").asText()).as(amended.toString()).isEqualTo("stored");
    assertThat(amended.at("/notice/version").asInt()).isEqualTo(2);
    assertThat(amended.at("/notice/amendment").asBoolean()).isTrue();
    JsonNode event = JSON.readTree(world.awaitWebhooks(2).get(1).getBodyAsString());
    assertThat(event.get("type").asText()).isEqualTo("capital_call.amended");
    assertThat(event.at("/data/version").asInt()).isEqualTo(2);
    assertThat(event.at("/data/amendment").asBoolean()).isTrue();
    assertThat(event.at("/data/supersedes").asText()).isEqualTo(v1);
    assertThat(event.at("/data/totals/amount").asText()).isEqualTo("5025000.00");
    assertThat(count("SELECT count(*) FROM notice WHERE public_id = ?::uuid AND superseded_at IS NOT NULL", v1))
        .isEqualTo(1);
  }

  @Test
  void theInvestorRegisterTakesTheNamesTheLatestRecordsGiveAndKeepsThoseTheyLeaveOut() {
    World world = newWorld();
    ObjectNode notice = sample("capital-call.json");
    world.awaitCompleted(world.submit("application/json", notice.toString()).body().get("id").asText());

    ((ObjectNode) notice.at("/allocations/0")).put("investorName", "Maple Teachers' Pension Plan (renamed)");
    ((ObjectNode) notice.at("/allocations/1")).remove("investorName");
    notice.put("noticeReference", "CC-2026-009");
    world.awaitCompleted(world.submit("application/json", notice.toString()).body().get("id").asText());

    assertThat(jdbc.queryForList("SELECT i.code || ' ' || i.name FROM investor i JOIN publisher p ON p.id = i.publisher_id"
        + " WHERE p.code = ? ORDER BY i.code", String.class, world.publisher())).containsExactly(
            "LP-0001 Maple Teachers' Pension Plan (renamed)", "LP-0002 Harbor University Endowment",
            "LP-0003 Ridgeline Family Office");
  }

  @Test
  void aRepostWithTheSameContentInOtherBytesIsUnchangedAndNotDeliveredAgain() throws Exception {
    World world = newWorld();
    String pretty = sampleText("capital-call.json");
    world.awaitCompleted(world.submit("application/json", pretty).body().get("id").asText());
    world.awaitWebhooks(1);

    String compact = JSON.readTree(pretty).toString();
    JsonNode again = world.awaitCompleted(world.submit("application/json", compact).body().get("id").asText());

    assertThat(again.get("status").asText()).isEqualTo("unchanged");
    assertThat(again.at("/notice/version").asInt()).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM delivery d JOIN notice n ON n.id = d.notice_id "
        + "JOIN publisher p ON p.id = n.publisher_id WHERE p.code = ?", world.publisher())).isEqualTo(1);
  }

  @Test
  void aWebhookThatFailsTwiceIsRetriedWithTheSameIdAndDeliveredOnce() {
    World world = newWorld();
    String path = world.webhookPath();
    lp.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(500)).willSetStateTo("failed once"));
    lp.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("failed once")
        .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
    lp.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("recovered")
        .willReturn(aResponse().withStatus(200)));

    String id = world.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText();

    JsonNode delivery = await().atMost(PATIENCE).until(
        () -> world.status(id).at("/deliveries/0"),
        d -> "delivered".equals(d.path("status").asText()));
    assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
    List<LoggedRequest> requests = world.webhooks();
    assertThat(requests).hasSize(3);
    assertThat(requests).extracting(r -> r.getHeader("webhook-id")).containsOnly(delivery.get("id").asText());
    assertThat(requests).allSatisfy(r -> assertThat(WebhookVerifier.verify(world.secret(),
        r.getHeader("webhook-id"), r.getHeader("webhook-timestamp"), r.getBodyAsString(),
        r.getHeader("webhook-signature"))).isTrue());
    assertThat(jdbc.queryForList("SELECT status_code FROM delivery_attempt a JOIN delivery d ON d.id = a.delivery_id "
        + "WHERE d.public_id = ?::uuid ORDER BY attempt", Integer.class, delivery.get("id").asText()))
        .containsExactly(500, 500, 200);
  }

  @Test
  void aWebhookThatNeverRecoversIsMarkedDeadAfterTheConfiguredAttempts() {
    World world = newWorld();
    lp.stubFor(post(urlEqualTo(world.webhookPath())).willReturn(aResponse().withStatus(503)));

    String id = world.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText();

    JsonNode delivery = await().atMost(PATIENCE).until(
        () -> world.status(id).at("/deliveries/0"),
        d -> "dead".equals(d.path("status").asText()));
    assertThat(delivery.get("attempts").asInt()).isEqualTo(4);
    assertThat(delivery.get("lastStatusCode").asInt()).isEqualTo(503);
    assertThat(delivery.get("lastError").asText()).isEqualTo("HTTP 503");
    assertThat(world.webhooks()).hasSize(4);
  }

  @Test
  void onlyActiveSubscriptionsWhoseScopeCoversTheNoticeGetADelivery() {
    World world = newWorld();
    subscribe(world, "lp-funds-" + world.publisher(), "\"funds\":[\"OTHER-FUND\"]");
    subscribe(world, "lp-types-" + world.publisher(), "\"recordTypes\":[\"distribution\"]");
    subscribe(world, "lp-match-" + world.publisher(), "\"funds\":[\"GF-III\"],\"recordTypes\":[\"capital_call\"]");

    String id = world.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText();

    JsonNode done = world.awaitCompleted(id);
    assertThat(done.get("deliveries")).extracting(d -> d.get("subscriber").asText())
        .containsExactlyInAnyOrder(world.subscriber(), "lp-match-" + world.publisher());
  }

  private void subscribe(World world, String subscriber, String scope) {
    hub.post("/api/v1/subscribers", "application/json", "{\"code\":\"%s\",\"name\":\"LP\"}".formatted(subscriber));
    World.approve(hub, "subscribers", subscriber);
    HubClient.Response response = hub.post("/api/v1/subscriptions", "application/json",
        "{\"publisher\":\"%s\",\"subscriber\":\"%s\",\"investors\":\"all\",\"channels\":[{\"type\":\"webhook\",\"url\":\"%s\"}],%s}"
            .formatted(world.publisher(), subscriber, lp.baseUrl() + "/elsewhere", scope));
    assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(201);
  }
}
