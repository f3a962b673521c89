package org.pmdc.hub.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole hub on a random port with its embedded PostgreSQL (fresh per test run) and WireMock
 * playing the LPs' webhook receivers. Retry and poll intervals are short so tests stay quick.
 * Every test makes its own publisher, LP and fund ({@link #newWorld()}), so tests share one
 * Spring context without seeing each other's data.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "pmdc.embedded-db.port=0",
      "pmdc.embedded-db.clean=true",
      "pmdc.embedded-db.data-directory=target/test-pg/${random.uuid}",
      "pmdc.processing.recovery-interval-ms=500",
      "pmdc.processing.claim-lease-seconds=2",
      "pmdc.delivery.poll-interval-ms=100",
      "pmdc.delivery.initial-backoff=100ms",
      "pmdc.delivery.max-backoff=400ms",
      "pmdc.delivery.max-attempts=4",
      "pmdc.backlog.refresh-interval-ms=500"
    })
public abstract class HubIntegrationTest {

  protected static final ObjectMapper JSON = new ObjectMapper();
  protected static final Duration PATIENCE = Duration.ofSeconds(20);

  @RegisterExtension
  protected static final WireMockExtension lp =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @LocalServerPort private int port;
  @Autowired protected JdbcTemplate jdbc;
  protected HubClient hub;

  @BeforeEach
  void connect() {
    hub = new HubClient(port);
  }

  /** A publisher with fund GF-III, and an LP subscribed to it with a webhook on WireMock. */
  protected record World(String publisher, String subscriber, String fund, String webhookPath, String secret) {}

  protected World newWorld() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String publisher = "gp-" + suffix;
    String subscriber = "lp-" + suffix;
    String webhookPath = "/hooks/" + suffix;
    admin("/api/v1/publishers", "{\"code\":\"%s\",\"name\":\"GP %s\"}".formatted(publisher, suffix));
    admin("/api/v1/subscribers", "{\"code\":\"%s\",\"name\":\"LP %s\"}".formatted(subscriber, suffix));
    admin("/api/v1/funds", """
        {"publisher":"%s","code":"GF-III","name":"Growth Fund III","currency":"USD","vintageYear":2024}
        """.formatted(publisher));
    JsonNode subscription = admin("/api/v1/subscriptions", """
        {"publisher":"%s","subscriber":"%s","webhookUrl":"%s"}
        """.formatted(publisher, subscriber, lp.baseUrl() + webhookPath));
    lp.stubFor(post(urlEqualTo(webhookPath)).willReturn(aResponse().withStatus(204)));
    return new World(publisher, subscriber, "GF-III", webhookPath, subscription.get("signingSecret").asText());
  }

  private JsonNode admin(String path, String body) {
    HubClient.Response response = hub.post(path, "application/json", body);
    assertThat(response.status()).as("%s -> %s", path, response.body()).isEqualTo(201);
    return response.body();
  }

  protected HubClient.Response submit(World world, String contentType, String body, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "X-PMDC-Publisher";
    all[1] = world.publisher();
    System.arraycopy(headers, 0, all, 2, headers.length);
    return hub.post("/api/v1/submissions", contentType, body, all);
  }

  /** Waits until the submission has left 'received'/'processing' and returns its status document. */
  protected JsonNode awaitCompleted(World world, String submissionId) {
    return await()
        .atMost(PATIENCE)
        .until(
            () -> hub.get("/api/v1/submissions/" + submissionId, "X-PMDC-Publisher", world.publisher()).body(),
            doc -> !Set.of("received", "processing").contains(doc.get("status").asText()));
  }

  protected List<LoggedRequest> awaitWebhooks(World world, int count) {
    await().atMost(PATIENCE).until(() -> webhooks(world).size() >= count);
    return webhooks(world);
  }

  protected List<LoggedRequest> webhooks(World world) {
    return lp.findAll(postRequestedFor(urlEqualTo(world.webhookPath())));
  }

  protected static ObjectNode sample(String file) {
    try {
      return (ObjectNode) JSON.readTree(Files.readString(Path.of("sample-files", file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected static String sampleText(String file) {
    try {
      return Files.readString(Path.of("sample-files", file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected long count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Long.class, args);
  }
}
