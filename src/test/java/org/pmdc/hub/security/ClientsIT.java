package org.pmdc.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;

/**
 * Life of an API client as an admin and the client see it: approval issues it, rotation keeps the
 * old secret for the grace period only, revocation cuts its tokens off, the rate limit answers 429
 * and lets it through again, and every call it makes is in the audit.
 */
class ClientsIT extends HubIntegrationTest {

  @Test
  void approvalIssuesTheSecretOnceAndTheHubKeepsOnlyItsHash() {
    World world = newWorld();

    HubClient.Response again = hub.post("/api/v1/publishers/" + world.publisher() + "/approve", "application/json", "");
    JsonNode listed = hub.get("/api/v1/clients").body();

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().get("clientId").asText()).isEqualTo(world.publisherClient().clientId());
    assertThat(again.body().has("clientSecret")).as("shown once, at the first approval").isFalse();
    assertThat(listed.toString()).contains(world.publisherClient().clientId()).doesNotContain(world.publisherClient().secret());
    assertThat(count("SELECT count(*) FROM api_client_secret WHERE secret_hash = ?",
        ClientSecrets.hash(world.publisherClient().secret()))).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM api_client_secret WHERE secret_hash LIKE ?",
        "%" + world.publisherClient().secret() + "%")).isZero();
    assertThat(hub.post("/api/v1/publishers/no-such-gp/approve", "application/json", "").status()).isEqualTo(404);
  }

  @Test
  void aRotatedSecretKeepsThePreviousOneWorkingForTheGracePeriodOnly() {
    World world = newWorld();
    String client = world.subscriberClient().clientId();
    String first = world.subscriberClient().secret();

    HubClient beforeRotation = world.asSubscriber();
    assertThat(beforeRotation.get("/api/v1/lp/feed").status()).isEqualTo(200);

    JsonNode second = hub.post("/api/v1/clients/" + client + "/secret", "application/json", "").body();
    assertThat(hub.requestToken(client, first, "").status()).as("first, within the grace period").isEqualTo(200);
    assertThat(hub.requestToken(client, second.get("clientSecret").asText(), "").status()).isEqualTo(200);
    assertThat(second.get("previousSecretsExpireAt").asText()).isNotBlank();
    assertThat(beforeRotation.get("/api/v1/lp/feed").status()).as("a token, within the grace period").isEqualTo(200);

    JsonNode third = hub.post("/api/v1/clients/" + client + "/secret", "application/json", "{\"graceSeconds\":0}").body();
    assertThat(hub.requestToken(client, first, "").status()).isEqualTo(401);
    assertThat(hub.requestToken(client, second.get("clientSecret").asText(), "").status()).isEqualTo(401);
    HubClient.Response refused = beforeRotation.get("/api/v1/lp/feed");
    assertThat(refused.status()).as("a token issued before a rotation without grace").isEqualTo(401);
    assertThat(refused.header("WWW-Authenticate")).contains("rotated without grace");
    HubClient afterRotation = world.hub().as(client, third.get("clientSecret").asText());
    assertThat(afterRotation.get("/api/v1/lp/feed").status()).isEqualTo(200);
    assertThat(count("SELECT count(*) FROM audit_event WHERE stage = 'client_secret_rotated' AND actor = 'pmdc-admin' "
        + "AND detail ->> 'clientId' = ?", client)).isEqualTo(2);
  }

  @Test
  void aRevokedClientsTokensStopWorkingAtOnce() {
    World world = newWorld();
    HubClient lp = world.asSubscriber();
    assertThat(lp.get("/api/v1/lp/feed").status()).isEqualTo(200);

    hub.patch("/api/v1/clients/" + world.subscriberClient().clientId(), "{\"status\":\"revoked\"}");

    assertThat(lp.get("/api/v1/lp/feed").status()).isEqualTo(401);
    assertThat(hub.requestToken(world.subscriberClient().clientId(), world.subscriberClient().secret(), "").status())
        .isEqualTo(401);
    hub.patch("/api/v1/clients/" + world.subscriberClient().clientId(), "{\"status\":\"active\"}");
    assertThat(lp.get("/api/v1/lp/feed").status()).as("a token from before the revocation, after re-activation").isEqualTo(401);
    assertThat(world.asSubscriber().withNewToken().get("/api/v1/lp/feed").status()).as("a new token").isEqualTo(200);
  }

  @Test
  void theTokenServerOffersNoRedirectsAndNoSingleTokenEndpoints() {
    World world = newWorld();
    String client = world.subscriberClient().clientId();

    HubClient.Response authorize = hub.anonymous().get("/oauth2/authorize?response_type=code&client_id=" + client
        + "&redirect_uri=https%3A%2F%2Fattacker.example%2Fcallback&scope=lp%3Aread");
    HubClient.Response revoke = hub.anonymous().post("/oauth2/revoke", "application/x-www-form-urlencoded",
        "token=" + world.asSubscriber().token() + "&client_id=" + client + "&client_secret=" + world.subscriberClient().secret());
    JsonNode metadata = hub.anonymous().get("/.well-known/oauth-authorization-server").body();

    assertThat(authorize.status()).isIn(401, 404);
    assertThat(authorize.header("Location")).isNull();
    assertThat(revoke.status()).isIn(401, 404);
    assertThat(metadata.has("revocation_endpoint")).isFalse();
    assertThat(metadata.has("introspection_endpoint")).isFalse();
    assertThat(metadata.get("grant_types_supported")).extracting(JsonNode::asText).containsExactly("client_credentials");
    assertThat(metadata.get("token_endpoint").asText()).endsWith("/oauth2/token");
  }

  @Test
  void aStaffViewerReadsButChangesNothing() {
    HubClient.Response created = hub.post("/api/v1/clients", "application/json", "{\"role\":\"viewer\",\"name\":\"Console\"}");
    HubClient viewer = hub.as(created.body().get("clientId").asText(), created.body().get("clientSecret").asText());

    assertThat(created.status()).isEqualTo(201);
    assertThat(viewer.get("/api/v1/subscriptions").status()).isEqualTo(200);
    assertThat(viewer.post("/api/v1/funds", "application/json", "{}").status()).isEqualTo(403);
    assertThat(viewer.get("/api/v1/audit").status()).isEqualTo(403);
    assertThat(hub.post("/api/v1/clients", "application/json", "{\"role\":\"publisher\",\"participant\":\"no-such-gp\"}")
        .status()).isEqualTo(422);
  }

  @Test
  void aClientOverItsRateLimitGets429WithRetryAfterThenRecovers() throws Exception {
    HubClient gp = newWorld().asPublisher();
    gp.token();
    List<HubClient.Response> responses = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<HubClient.Response>> calls = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        calls.add(pool.submit(() -> gp.get("/api/v1/submissions?limit=1")));
      }
      for (Future<HubClient.Response> call : calls) {
        responses.add(call.get());
      }
    } finally {
      pool.shutdown();
    }

    HubClient.Response limited = responses.stream().filter(r -> r.status() == 429).findFirst().orElseThrow();
    assertThat(responses).allSatisfy(r -> assertThat(r.status()).isIn(200, 429));
    assertThat(limited.body().get("type").asText()).isEqualTo("/problems/rate-limited");
    long retryAfter = Long.parseLong(limited.header("Retry-After"));
    assertThat(retryAfter).isBetween(1L, 2L);
    await().pollDelay(java.time.Duration.ofSeconds(retryAfter)).atMost(PATIENCE)
        .until(() -> gp.get("/api/v1/submissions?limit=1").status() == 200);
  }

  @Test
  void everyAuthenticatedCallIsAuditedWithItsOutcomeAndRequestId() {
    World world = newWorld();
    HubClient gp = world.asPublisher();

    HubClient.Response listed = gp.get("/api/v1/submissions?limit=1", "X-Request-Id", "req-audit-1");
    gp.post("/api/v1/funds", "application/json", "{}", "X-Request-Id", "req-audit-2");

    assertThat(listed.header("X-Request-Id")).isEqualTo("req-audit-1");
    JsonNode audit = await().atMost(PATIENCE).until(
        () -> hub.get("/api/v1/audit?actor=" + world.publisherClient().clientId()).body(),
        page -> page.get("items").size() >= 2);
    assertThat(audit.get("items")).anySatisfy(event -> {
      assertThat(event.get("action").asText()).isEqualTo("get-submissions");
      assertThat(event.get("outcome").asInt()).isEqualTo(200);
      assertThat(event.get("requestId").asText()).isEqualTo("req-audit-1");
      assertThat(event.get("role").asText()).isEqualTo("publisher");
      assertThat(event.get("participant").asText()).isEqualTo(world.publisher());
      assertThat(event.get("target").asText()).isEqualTo("/api/v1/submissions?limit=1");
    });
    assertThat(audit.get("items")).anySatisfy(event -> {
      assertThat(event.get("action").asText()).isEqualTo("post-fund");
      assertThat(event.get("outcome").asInt()).isEqualTo(403);
      assertThat(event.get("requestId").asText()).isEqualTo("req-audit-2");
    });
    assertThat(hub.get("/api/v1/audit?actor=" + world.publisherClient().clientId() + "&target=/api/v1/funds")
        .body().get("items")).hasSize(1);
    hub.requestToken(world.publisherClient().clientId(), "pmdcs_guessed", "");
    JsonNode tokens = await().atMost(PATIENCE).until(() -> hub.get("/api/v1/audit?actor="
        + world.publisherClient().clientId() + "&target=/oauth2/token").body().get("items"), items -> items.size() >= 2);
    assertThat(tokens).extracting(event -> event.get("action").asText()).containsOnly("issue-token");
    assertThat(tokens).extracting(event -> event.get("outcome").asInt()).contains(200, 401);
    assertThat(count("SELECT count(*) FROM audit_event WHERE stage = 'approved' AND actor = 'pmdc-admin' "
        + "AND detail ->> 'participant' = ?", world.publisher())).isEqualTo(1);
  }

  @Test
  void theAccessAuditKeepsItsRetentionPeriodOnly() {
    String actor = "retention-" + java.util.UUID.randomUUID();
    String insert = "INSERT INTO access_event (occurred_at, actor, action, method, target, outcome, request_id,"
        + " duration_ms) VALUES (now() - CAST(? AS int) * interval '1 day', ?, 'get-submissions', 'GET', ?, 200, 'r', 1)";
    jdbc.update(insert, 401, actor, "/older-than-400-days");
    jdbc.update(insert, 399, actor, "/within-400-days");

    await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM access_event WHERE actor = ?", actor) == 1);
    assertThat(jdbc.queryForObject("SELECT target FROM access_event WHERE actor = ?", String.class, actor))
        .isEqualTo("/within-400-days");
  }

  @Test
  void aJsonOperationRefusesAnotherContentTypeAndAnOversizedBody() {
    HubClient.Response notJson = hub.post("/api/v1/funds", "text/plain", "code=GF-IV");
    HubClient.Response oversized = hub.post("/api/v1/funds", "application/json",
        "{\"name\":\"" + "x".repeat(1_100_000) + "\"}");

    assertThat(notJson.status()).isEqualTo(415);
    assertThat(notJson.body().get("type").asText()).isEqualTo("/problems/unsupported-media-type");
    assertThat(oversized.status()).isEqualTo(413);
    assertThat(oversized.body().get("type").asText()).isEqualTo("/problems/too-large");
  }

  @Test
  void aPreviewTakesOnlyWhatASubmissionTakes() {
    HubClient gp = newWorld().asPublisher();

    assertThat(gp.post("/api/v1/mappings/preview", "text/plain", "capital call").status()).isEqualTo(415);
    assertThat(gp.post("/api/v1/mappings/preview", "text/csv", "x".repeat(51 * 1024 * 1024)).status()).isEqualTo(413);
  }

  @Test
  void responsesCarryTheSecurityHeaders() {
    HubClient.Response response = hub.get("/api/v1/subscriptions");

    assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
    assertThat(response.header("Cache-Control")).contains("no-store");
    assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
  }
}
