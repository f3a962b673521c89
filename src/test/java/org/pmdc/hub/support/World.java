package org.pmdc.hub.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One test's own participants, created and approved through the admin API: a publisher with fund
 * GF-III and an LP subscribed to it, whose webhook is a WireMock stub answering 204, each with the
 * API client its approval issued. Unique codes keep tests sharing a hub from seeing each other's data.
 */
public record World(
    HubClient hub,
    WireMockExtension lp,
    String publisher,
    String subscriber,
    String fund,
    String webhookPath,
    String secret,
    long subscriptionId,
    HubClient.Credentials publisherClient,
    HubClient.Credentials subscriberClient) {

  public static final Duration PATIENCE = Duration.ofSeconds(20);

  public static World create(HubClient hub, WireMockExtension lp) {
    return create(hub, lp, "gp-" + UUID.randomUUID().toString().substring(0, 8));
  }

  /** A world around a given publisher code (for channels configured before the hub starts). */
  public static World create(HubClient hub, WireMockExtension lp, String publisher) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String subscriber = "lp-" + suffix;
    String webhookPath = "/hooks/" + suffix;
    created(hub, "/api/v1/publishers", "{\"code\":\"%s\",\"name\":\"GP %s\"}".formatted(publisher, suffix));
    created(hub, "/api/v1/subscribers", "{\"code\":\"%s\",\"name\":\"LP %s\"}".formatted(subscriber, suffix));
    HubClient.Credentials publisherClient = approve(hub, "publishers", publisher);
    HubClient.Credentials subscriberClient = approve(hub, "subscribers", subscriber);
    created(hub, "/api/v1/funds", """
        {"publisher":"%s","code":"GF-III","name":"Growth Fund III","currency":"USD","vintageYear":2024}
        """.formatted(publisher));
    JsonNode subscription = created(hub, "/api/v1/subscriptions", """
        {"publisher":"%s","subscriber":"%s","investors":"all","channels":[{"type":"webhook","url":"%s"}]}
        """.formatted(publisher, subscriber, lp.baseUrl() + webhookPath));
    lp.stubFor(post(urlEqualTo(webhookPath)).willReturn(aResponse().withStatus(204)));
    return new World(hub, lp, publisher, subscriber, "GF-III", webhookPath,
        subscription.at("/channels/0/signingSecret").asText(), subscription.get("id").asLong(),
        publisherClient, subscriberClient);
  }

  /** Approves a participant; its answer carries the new client's secret, shown this once. */
  public static HubClient.Credentials approve(HubClient hub, String collection, String code) {
    HubClient.Response approved = hub.post("/api/v1/" + collection + "/" + code + "/approve", "application/json", "");
    assertThat(approved.status()).as("approve %s -> %s", code, approved.body()).isEqualTo(200);
    return new HubClient.Credentials(approved.body().get("clientId").asText(),
        approved.body().get("clientSecret").asText(), "");
  }

  /**
   * Registers another fund of the publisher, e.g. the EUR fund AGF-I of the alpine sample (a record
   * in another currency than its fund's is refused).
   */
  public World withFund(String code, String currency) {
    created(hub, "/api/v1/funds", """
        {"publisher":"%s","code":"%s","name":"Fund %s","currency":"%s"}
        """.formatted(publisher, code, code, currency));
    return this;
  }

  /** The same participants, seen through another hub (one restarted on the same database). */
  public World on(HubClient other) {
    return new World(other, lp, publisher, subscriber, fund, webhookPath, secret, subscriptionId,
        publisherClient, subscriberClient);
  }

  /** The hub as this world's publisher. */
  public HubClient asPublisher() {
    return hub.as(publisherClient.clientId(), publisherClient.secret());
  }

  /** The hub as this world's LP. */
  public HubClient asSubscriber() {
    return hub.as(subscriberClient.clientId(), subscriberClient.secret());
  }

  private static JsonNode created(HubClient hub, String path, String body) {
    HubClient.Response response = hub.post(path, "application/json", body);
    assertThat(response.status()).as("%s -> %s", path, response.body()).isEqualTo(201);
    return response.body();
  }

  /** POSTs a submission as this world's publisher. */
  public HubClient.Response submit(String contentType, String body, String... headers) {
    return submit(contentType, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers);
  }

  public HubClient.Response submit(String contentType, byte[] body, String... headers) {
    return asPublisher().post("/api/v1/submissions", contentType, body, headers);
  }

  public JsonNode status(String submissionId) {
    return asPublisher().get("/api/v1/submissions/" + submissionId).body();
  }

  /** Waits until the submission has left 'received'/'processing' and returns its status document. */
  public JsonNode awaitCompleted(String submissionId) {
    return await().atMost(PATIENCE).until(() -> status(submissionId),
        doc -> !Set.of("received", "processing").contains(doc.get("status").asText()));
  }

  public List<LoggedRequest> awaitWebhooks(int count) {
    await().atMost(PATIENCE).until(() -> webhooks().size() >= count);
    return webhooks();
  }

  public List<LoggedRequest> webhooks() {
    return lp.findAll(postRequestedFor(urlEqualTo(webhookPath)));
  }
}
