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

/** What an operator sees: health, metrics, the OpenAPI document, correlated logs. */
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
  void theOpenApiDocumentDescribesTheApi() {
    JsonNode openapi = hub.get("/api/v1/openapi.json").body();

    assertThat(openapi.get("openapi").asText()).startsWith("3.");
    assertThat(openapi.at("/info/title").asText()).isEqualTo("PMDC Exchange Hub API");
    assertThat(openapi.get("paths").has("/api/v1/submissions")).isTrue();
    assertThat(openapi.get("paths").has("/api/v1/subscriptions")).isTrue();
    JsonNode investors = openapi.at("/paths/~1api~1v1~1subscriptions~1{id}~1investors/put");
    assertThat(investors.get("parameters")).extracting(p -> p.get("name").asText() + " in " + p.get("in").asText())
        .containsExactly("id in path");
    assertThat(investors.get("requestBody").isObject()).isTrue();
    assertThat(investors.get("responses").fieldNames()).toIterable().containsExactlyInAnyOrder("200", "404", "422");
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
