package org.pmdc.hub.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What an operator sees: health, metrics, correlated logs. */
@ExtendWith(OutputCaptureExtension.class)
class OperabilityIT extends HubIntegrationTest {

  @Test
  void healthReportsTheDatabaseCamelAndTheDeliveryBacklog() {
    JsonNode health = await().atMost(PATIENCE).until(() -> hub.get("/actuator/health").body(),
        h -> h.at("/components/deliveryBacklog/details").has("deliveriesPending"));

    assertThat(health.get("status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/camelHealth/status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/deliveryBacklog/status").asText()).isEqualTo("UP");
  }

  @Test
  void prometheusExposesRouteMetricsAndTheBacklogByStatus() {
    World world = newWorld();
    world.awaitCompleted(world.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText());

    String metrics = await().atMost(PATIENCE).until(
        () -> hub.getText("/actuator/prometheus"), m -> m.contains("pmdc_deliveries{status=\"pending\"}"));

    assertThat(metrics).contains("pmdc_submissions{status=\"received\"}");
    assertThat(metrics).contains("pmdc_deliveries{status=\"dead\"}");
    assertThat(metrics).contains("pmdc_delivery_oldest_due_seconds");
    assertThat(metrics).containsPattern("pmdc_submissions_completed_total\\{.*status=\"stored\"");
    assertThat(metrics).containsPattern("camel_exchanges_total\\{.*routeId=\"process-submission\"");
  }

  @Test
  void logLinesOfAProcessedSubmissionCarryItsId(CapturedOutput output) {
    World world = newWorld();
    String id = world.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText();
    world.awaitCompleted(id);

    await().atMost(PATIENCE).until(() -> output.getAll().lines()
        .anyMatch(line -> line.contains("Stored capital_call") && line.contains("[" + id + "]")));
  }
}
