package org.pmdc.hub.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole hub on a random port with its embedded PostgreSQL (fresh per test run) and WireMock
 * playing the LPs' webhook receivers. Retry and poll intervals are short so tests stay quick
 *. Tests share one Spring context; each makes its own {@link World}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability // Prometheus export, off by default in tests
public abstract class HubIntegrationTest {

  protected static final ObjectMapper JSON = new ObjectMapper();
  protected static final Duration PATIENCE = World.PATIENCE;

  @RegisterExtension
  protected static final WireMockExtension lp =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** The hub context last seen on each port: a port may be reused by another context's hub. */
  private static final Map<Integer, ApplicationContext> HUB_ON_PORT = new ConcurrentHashMap<>();

  @LocalServerPort protected int port;
  @Autowired protected JdbcTemplate jdbc;
  @Autowired private ApplicationContext context;
  protected HubClient hub;

  @BeforeEach
  void connect() {
    if (HUB_ON_PORT.put(port, context) != context) {
      // Another hub (with its own signing key and contract) may have had this port before.
      HubClient.forgetHub("http://localhost:" + port);
    }
    hub = new HubClient(port);
  }

  protected World newWorld() {
    return World.create(hub, lp);
  }

  protected static ObjectNode sample(String file) {
    try {
      return (ObjectNode) JSON.readTree(sampleText(file));
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

  /**
   * Waits for a count written after the answer: the access audit records a call once it is
   * answered, so the client can hold the answer a moment before the row is committed.
   */
  protected void awaitCount(long expected, String sql, Object... args) {
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(count(sql, args)).as(sql).isEqualTo(expected));
  }
}
