package org.pmdc.hub.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pmdc.hub.HubApplication;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.World;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two hubs on one database deliver side by side, as a scaled-out deployment does: every
 * delivery leaves once, and one fund's versions still arrive in order, whichever hub claims them.
 */
class SideBySideDeliveryIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int VERSIONS = 12;

  @RegisterExtension
  static final WireMockExtension lp = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static EmbeddedPostgres database;
  private static final List<ConfigurableApplicationContext> hubs = new ArrayList<>();

  @TempDir static Path folders;

  @BeforeAll
  static void startDatabase() throws Exception {
    database = EmbeddedPostgres.builder().setPort(0).start();
  }

  @AfterAll
  static void stop() throws Exception {
    hubs.forEach(ConfigurableApplicationContext::close);
    database.close();
  }

  @Test
  void everyDeliveryLeavesOnceAndInOrderWhicheverHubClaimsIt() throws Exception {
    HubClient first = start("a");
    HubClient second = start("b");
    World world = World.create(first, lp);
    // A receiver slow enough that both hubs' claims overlap.
    lp.stubFor(post(urlEqualTo(world.webhookPath())).willReturn(aResponse().withStatus(204).withFixedDelay(40)));
    ObjectNode notice = (ObjectNode) JSON.readTree(Files.readString(Path.of("sample-files", "capital-call.json")));

    for (int version = 1; version <= VERSIONS; version++) {
      notice.put("description", "version " + version);
      // Alternate the hub that takes each version in, so both process and both deliver.
      World through = world.on(version % 2 == 0 ? first : second);
      JsonNode stored = through.awaitCompleted(through.submit("application/json", notice.toString()).body().get("id").asText());
      assertThat(stored.at("/notice/version").asInt()).as(stored.toString()).isEqualTo(version);
    }

    world.awaitWebhooks(VERSIONS);
    // Anything sent twice would arrive within this second.
    await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> world.webhooks().size() == VERSIONS);
    List<LoggedRequest> received = world.webhooks();
    assertThat(received).extracting(request -> request.getHeader("webhook-id")).doesNotHaveDuplicates();
    assertThat(received).extracting(request -> JSON.readTree(request.getBodyAsString()).at("/data/version").asInt())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, VERSIONS).boxed().toList());
  }

  /** A hub on the shared database, with its own drop folder. */
  private static HubClient start(String name) {
    ConfigurableApplicationContext hub = new SpringApplicationBuilder(HubApplication.class).profiles("test").run(
        "--server.port=0",
        "--PMDC_DB_URL=jdbc:postgresql://localhost:" + database.getPort() + "/postgres",
        "--PMDC_DB_USER=postgres",
        "--pmdc.folder.root=" + folders.resolve(name));
    hubs.add(hub);
    return new HubClient(Integer.parseInt(hub.getEnvironment().getProperty("local.server.port")));
  }
}
