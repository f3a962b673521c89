package org.pmdc.hub.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;

/**
 * Delivery semantics seen by an LP: a receiver that is down gets everything once it is back, in
 * the order queued and once per delivery id; a suspended subscription or subscriber receives
 * nothing until it is resumed, then what it missed.
 */
class DeliveryOrderIT extends HubIntegrationTest {

  @Test
  void aReceiverThatWasDownGetsEveryVersionOnceInTheOrderTheyWereStored() {
    World world = newWorld();
    lp.stubFor(post(urlEqualTo(world.webhookPath())).willReturn(aResponse().withStatus(503)));
    ObjectNode notice = sample("capital-call.json");
    for (int version = 1; version <= 3; version++) {
      notice.put("description", "version " + version);
      JsonNode stored = world.awaitCompleted(world.submit("application/json", notice.toString()).body().get("id").asText());
      assertThat(stored.at("/notice/version").asInt()).as(stored.toString()).isEqualTo(version);
    }
    // Failing attempts are made (and retried) while it is down.
    await().atMost(PATIENCE).until(() -> served(world).size() >= 3);

    lp.stubFor(post(urlEqualTo(world.webhookPath())).willReturn(aResponse().withStatus(204)));

    await().atMost(PATIENCE).until(() -> accepted(world).size() >= 3);
    List<JsonNode> events = accepted(world).stream().map(DeliveryOrderIT::body).toList();
    assertThat(events).extracting(event -> event.at("/data/version").asInt()).containsExactly(1, 2, 3);
    assertThat(accepted(world)).extracting(event -> event.getRequest().getHeader("webhook-id")).doesNotHaveDuplicates();
    // While the first was failing, the later versions waited behind it instead of being tried.
    assertThat(served(world).stream().filter(event -> event.getResponse().getStatus() == 503))
        .extracting(event -> body(event).at("/data/version").asInt()).containsOnly(1);
  }

  @Test
  void aSuspendedSubscriptionReceivesNothingUntilItIsResumedThenWhatItMissed() {
    World world = newWorld();
    String subscription = "/api/v1/subscriptions/" + world.subscriptionId();

    HubClient.Response suspended = hub.patch(subscription, "{\"status\": \"suspended\"}");
    assertThat(suspended.status()).isEqualTo(200);
    assertThat(suspended.body().get("previousStatus").asText()).isEqualTo("active");
    world.awaitCompleted(world.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText());

    await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> world.webhooks().isEmpty());
    assertThat(hub.patch(subscription, "{\"status\": \"active\"}").status()).isEqualTo(200);

    assertThat(world.awaitWebhooks(1)).hasSize(1);
    assertThat(count("SELECT count(*) FROM audit_event WHERE stage = 'subscription_suspended'"
        + " AND detail ->> 'subscription' = ?", Long.toString(world.subscriptionId()))).isEqualTo(1);
  }

  @Test
  void aSuspendedSubscriberReceivesNothingUntilItIsResumed() {
    World world = newWorld();
    String subscriber = "/api/v1/subscribers/" + world.subscriber();

    assertThat(hub.patch(subscriber, "{\"status\": \"suspended\"}").status()).isEqualTo(200);
    world.awaitCompleted(world.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText());

    await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> world.webhooks().isEmpty());
    assertThat(hub.patch(subscriber, "{\"status\": \"active\"}").status()).isEqualTo(200);
    assertThat(world.awaitWebhooks(1)).hasSize(1);
  }

  @Test
  void aDeadDeliveryIsListedWithItsErrorAndAReplaySendsItOnceTheReceiverIsBack() {
    World world = newWorld();
    lp.stubFor(post(urlEqualTo(world.webhookPath())).willReturn(aResponse().withStatus(500)));
    String submission = world.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText();
    String delivery = await().atMost(PATIENCE).until(() -> deadLetters(world), dead -> dead.size() == 1)
        .get(0).get("id").asText();

    JsonNode dead = deadLetters(world).get(0);
    assertThat(dead.get("lastError").asText()).isEqualTo("HTTP 500");
    assertThat(dead.get("attempts").asInt()).isEqualTo(4);
    assertThat(hub.get("/api/v1/deliveries/" + delivery).body().get("history")).hasSize(4);

    lp.stubFor(post(urlEqualTo(world.webhookPath())).willReturn(aResponse().withStatus(204)));
    HubClient.Response replay = hub.post("/api/v1/deliveries/" + delivery + "/replay", "application/json", "");

    assertThat(replay.status()).isEqualTo(202);
    await().atMost(PATIENCE).until(() -> accepted(world).size() == 1);
    assertThat(accepted(world).get(0).getRequest().getHeader("webhook-id")).isEqualTo(delivery);
    assertThat(world.status(submission).at("/deliveries/0/status").asText()).isEqualTo("delivered");
    assertThat(count("SELECT count(*) FROM audit_event a JOIN delivery d ON d.id = a.delivery_id"
        + " WHERE a.stage = 'replayed' AND d.public_id::text = ?", delivery)).isEqualTo(1);
    assertThat(hub.post("/api/v1/deliveries/" + UUID.randomUUID() + "/replay", "application/json", "").status())
        .isEqualTo(404);
  }

  @Test
  void aSubscriberThatLostItsDataGetsATimeRangeAgainWithTheSameDeliveryIds() {
    World world = newWorld();
    ObjectNode notice = sample("capital-call.json");
    for (int version = 1; version <= 2; version++) {
      notice.put("description", "version " + version);
      world.awaitCompleted(world.submit("application/json", notice.toString()).body().get("id").asText());
    }
    List<String> first = world.awaitWebhooks(2).stream().map(request -> request.getHeader("webhook-id")).toList();

    HubClient.Response replay = hub.post("/api/v1/deliveries/replay", "application/json", """
        {"subscriber": "%s", "from": "%s", "to": "%s"}""".formatted(world.subscriber(),
        Instant.now().minusSeconds(3600), Instant.now().plusSeconds(60)));

    assertThat(replay.status()).isEqualTo(202);
    assertThat(replay.body().get("replayed").asInt()).isEqualTo(2);
    List<String> again = world.awaitWebhooks(4).stream().map(request -> request.getHeader("webhook-id")).toList();
    assertThat(again).containsExactly(first.get(0), first.get(1), first.get(0), first.get(1));
    HubClient.Response vague = hub.post("/api/v1/deliveries/replay", "application/json", "{\"from\": \"yesterday\"}");
    assertThat(vague.status()).isEqualTo(422);
    assertThat(vague.body().get("errors")).extracting(error -> error.get("field").asText()).contains("subscriber", "from");
  }

  private List<JsonNode> deadLetters(World world) {
    List<JsonNode> dead = new ArrayList<>();
    hub.get("/api/v1/deliveries?status=dead&subscriber=" + world.subscriber()).body().get("items").forEach(dead::add);
    return dead;
  }

  @Test
  void aStatusChangeNamesWhatIsWrong() {
    World world = newWorld();

    HubClient.Response unknown = hub.patch("/api/v1/subscriptions/999999999", "{\"status\": \"suspended\"}");
    HubClient.Response invalid = hub.patch("/api/v1/subscriptions/" + world.subscriptionId(), "{\"status\": \"paused\"}");

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.body().toString()).contains("status").contains("must be one of");
  }

  /** The requests to this world's webhook as they arrived (WireMock lists the newest first). */
  private List<ServeEvent> served(World world) {
    List<ServeEvent> served = new ArrayList<>(lp.getAllServeEvents().stream()
        .filter(event -> event.getRequest().getUrl().equals(world.webhookPath()))
        .toList());
    Collections.reverse(served);
    return served;
  }

  private List<ServeEvent> accepted(World world) {
    return served(world).stream().filter(event -> event.getResponse().getStatus() == 204).toList();
  }

  private static JsonNode body(ServeEvent event) {
    try {
      return JSON.readTree(event.getRequest().getBodyAsString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
