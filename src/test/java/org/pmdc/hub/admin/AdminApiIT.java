package org.pmdc.hub.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;

/** The admin API: create and list participants, funds and subscriptions; clear errors. */
class AdminApiIT extends HubIntegrationTest {

  private final String code = "gp-" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void aPublisherIsCreatedAndListed() {
    HubClient.Response created = hub.post("/api/v1/publishers", "application/json",
        "{\"code\":\"%s\",\"name\":\"Acme Capital\",\"kind\":\"gp_agent\"}".formatted(code));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo("/api/v1/publishers/" + code);
    assertThat(created.body().get("status").asText()).as("until approved").isEqualTo("pending");
    assertThat(created.body().get("kind").asText()).isEqualTo("gp_agent");
    JsonNode listed = hub.get("/api/v1/publishers").body();
    assertThat(listed).anySatisfy(p -> assertThat(p.get("code").asText()).isEqualTo(code));
  }

  @Test
  void aSecondPublisherWithTheSameCodeIsAConflict() {
    String body = "{\"code\":\"%s\",\"name\":\"Acme Capital\"}".formatted(code);
    hub.post("/api/v1/publishers", "application/json", body);

    HubClient.Response again = hub.post("/api/v1/publishers", "application/json", body);

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.header("Content-Type")).startsWith("application/problem+json");
    assertThat(again.body().get("type").asText()).isEqualTo("/problems/conflict");
  }

  @Test
  void everyInvalidFieldIsReportedAtOnce() {
    HubClient.Response response = hub.post("/api/v1/funds", "application/json",
        "{\"publisher\":\"x\",\"code\":\"bad code!\",\"currency\":\"USX\",\"targetSize\":\"-5\"}");

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.body().get("type").asText()).isEqualTo("/problems/validation-failed");
    assertThat(response.body().get("errors")).extracting(e -> e.get("field").asText())
        .containsExactlyInAnyOrder("code", "name", "currency", "targetSize");
  }

  @Test
  void aFundInAnIsoCodeThatNamesNoCurrencyIsRefused() {
    HubClient.Response response = hub.post("/api/v1/funds", "application/json",
        "{\"publisher\":\"x\",\"code\":\"GOLD-1\",\"name\":\"Gold\",\"currency\":\"XAU\"}");

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.body().at("/errors/0/message").asText()).startsWith("XAU is an ISO 4217 code that names no currency");
  }

  @Test
  void aBodyThatIsNotJsonIsABadRequest() {
    HubClient.Response response = hub.post("/api/v1/subscribers", "application/json", "{\"code\": ");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().get("detail").asText()).startsWith("The body is not valid JSON");
  }

  @Test
  void aSubscriptionToAnUnknownSubscriberIsRefused() {
    hub.post("/api/v1/publishers", "application/json", "{\"code\":\"%s\",\"name\":\"Acme\"}".formatted(code));

    HubClient.Response response = hub.post("/api/v1/subscriptions", "application/json",
        "{\"publisher\":\"%s\",\"subscriber\":\"nobody-lp\",\"investors\":\"all\",\"channels\":[{\"type\":\"webhook\",\"url\":\"https://lp.example/hook\"}]}".formatted(code));

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.body().get("detail").asText()).contains("not registered");
  }

  @Test
  void theSigningSecretIsShownOnceAtCreationAndNeverListed() {
    var world = newWorld();

    JsonNode subscriptions = hub.get("/api/v1/subscriptions").body();

    assertThat(world.secret()).startsWith("whsec_");
    assertThat(subscriptions).isNotEmpty();
    assertThat(subscriptions.toString()).doesNotContain("whsec_").doesNotContain("signingSecret");
  }
}
