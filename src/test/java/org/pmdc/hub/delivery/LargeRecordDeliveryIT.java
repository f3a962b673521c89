package org.pmdc.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A record with more lines than a webhook should carry is still announced to its LPs, with its
 * header, totals and line count, but without the lines (here the limit is 2 lines).
 */
class LargeRecordDeliveryIT extends HubIntegrationTest {

  @DynamicPropertySource
  static void smallLimit(DynamicPropertyRegistry properties) {
    properties.add("pmdc.delivery.max-inline-lines", () -> "2");
    // This hub has its own database: it must not watch the drop folder the shared hub watches.
    properties.add("pmdc.folder.root", () -> Path.of("target", "test-inbox-large-records").toString());
  }

  @Test
  void aRecordAboveTheLimitIsDeliveredWithItsCountButNotItsLines() throws Exception {
    World world = newWorld();

    world.awaitCompleted(world.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText());

    JsonNode data = JSON.readTree(world.awaitWebhooks(1).get(0).getBodyAsString()).get("data");
    assertThat(data.get("lineCount").asLong()).isEqualTo(3);
    assertThat(data.has("allocations")).isFalse();
    assertThat(data.at("/totals/amount").asText()).isEqualTo("1500000.00");
  }
}
