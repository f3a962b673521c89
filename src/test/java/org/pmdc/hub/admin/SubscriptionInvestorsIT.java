package org.pmdc.hub.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.canonical.RecordType;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;

/**
 * Whom a subscription represents: said at creation (no default), shown with the codes the
 * publisher has not used yet, changed by an admin with the list before and after in the audit.
 */
class SubscriptionInvestorsIT extends HubIntegrationTest {

  @Test
  void aSubscriptionThatDoesNotSayWhomItRepresentsIsRefusedNamingTheField() {
    World world = newWorld();

    HubClient.Response silent = subscribe(world, newSubscriber(), null);
    HubClient.Response vague = subscribe(world, newSubscriber(), "\"everyone\"");
    HubClient.Response sloppy = subscribe(world, newSubscriber(), "[\"LP-0001\", \"\", 7, \"LP-0001\"]");

    assertThat(silent.status()).isEqualTo(422);
    assertThat(silent.body().findValuesAsText("field")).containsExactly("investors");
    assertThat(silent.body().at("/errors/0/message").asText()).contains("\"all\"");
    assertThat(vague.body().findValuesAsText("field")).containsExactly("investors");
    assertThat(sloppy.body().findValuesAsText("field")).containsExactly("investors[1]", "investors[2]", "investors[3]");
    assertThat(count("SELECT count(*) FROM subscription su JOIN publisher p ON p.id = su.publisher_id WHERE p.code = ?",
        world.publisher())).as("only the world's own").isEqualTo(1);
  }

  @Test
  void theInvestorsAreShownWithThoseNotYetInAnyRecordAndAChangeIsAuditedBeforeAndAfter() {
    World world = newWorld();
    world.awaitCompleted(world.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText());

    HubClient.Response created = subscribe(world, newSubscriber(), "[\"LP-0042\", \"LP-0001\"]");

    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    assertThat(texts(created.body().get("investors"))).containsExactly("LP-0001", "LP-0042");
    assertThat(texts(created.body().get("unknownInvestors"))).containsExactly("LP-0042");
    long id = created.body().get("id").asLong();
    JsonNode listed = listed(id);
    assertThat(texts(listed.get("investors"))).containsExactly("LP-0001", "LP-0042");
    assertThat(texts(listed.get("unknownInvestors"))).containsExactly("LP-0042");

    HubClient.Response changed = hub.put("/api/v1/subscriptions/" + id + "/investors", "{\"investors\": \"all\"}");

    assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
    assertThat(changed.body().get("investors").asText()).isEqualTo("all");
    assertThat(texts(changed.body().get("previousInvestors"))).containsExactly("LP-0001", "LP-0042");
    assertThat(listed(id).get("investors").asText()).isEqualTo("all");
    assertThat(jdbc.queryForList("SELECT actor || ' ' || (detail -> 'before')::text || ' -> ' || (detail -> 'after')::text"
        + " FROM audit_event WHERE stage = 'subscription_investors_changed' AND (detail ->> 'subscription')::bigint = ?",
        String.class, id)).containsExactly(HubClient.ADMIN_ID + " [\"LP-0001\", \"LP-0042\"] -> \"all\"");
    assertThat(count("SELECT count(*) FROM subscription_investor WHERE subscription_id = ?", id)).isZero();
  }

  @Test
  void changingTheInvestorsOfNoSubscriptionIs404AndAnUnsaidListIs422() {
    World world = newWorld();

    assertThat(hub.put("/api/v1/subscriptions/999999999/investors", "{\"investors\": [\"LP-0001\"]}").status())
        .isEqualTo(404);
    HubClient.Response unsaid = hub.put("/api/v1/subscriptions/" + world.subscriptionId() + "/investors", "{}");
    assertThat(unsaid.status()).isEqualTo(422);
    assertThat(unsaid.body().findValuesAsText("field")).containsExactly("investors");
    assertThat(hub.put("/api/v1/subscriptions/" + world.subscriptionId() + "/investors", "{\"investors\": []}")
        .body().get("investors")).isEmpty();
  }

  @Test
  void theRecordTypesKeptConfidentialPerInvestorAreThoseWhoseLinesAreInvestors() {
    for (RecordType type : RecordType.values()) {
      assertThat(jdbc.queryForObject("SELECT per_investor(?)", Boolean.class, type.code())).as(type.code())
          .isEqualTo(type.lineKey().equals(List.of("investorId")));
    }
  }

  @Test
  void theRecordTypesNoSubscriptionCarriesAreThoseTheRecordTypesSayAreNotDeliverable() {
    for (RecordType type : RecordType.values()) {
      assertThat(jdbc.queryForObject("SELECT deliverable(?)", Boolean.class, type.code())).as(type.code())
          .isEqualTo(type.isDeliverable());
    }
    assertThat(RecordType.CUSTOMER_PAYMENTS.isDeliverable()).isFalse();
  }

  private String newSubscriber() {
    String code = "lp-" + UUID.randomUUID().toString().substring(0, 8);
    hub.post("/api/v1/subscribers", "application/json", "{\"code\":\"%s\",\"name\":\"LP\"}".formatted(code));
    return code;
  }

  /** A webhook subscription for the investors given as JSON, or without the field (null). */
  private HubClient.Response subscribe(World world, String subscriber, String investors) {
    return hub.post("/api/v1/subscriptions", "application/json", """
        {"publisher": "%s", "subscriber": "%s", %s "channels": [{"type": "webhook", "url": "https://lp.example/hook"}]}"""
        .formatted(world.publisher(), subscriber, investors == null ? "" : "\"investors\": " + investors + ","));
  }

  private JsonNode listed(long id) {
    for (JsonNode subscription : hub.get("/api/v1/subscriptions").body()) {
      if (subscription.get("id").asLong() == id) {
        return subscription;
      }
    }
    throw new AssertionError("subscription " + id + " is not listed");
  }

  private static List<String> texts(JsonNode array) {
    return JSON.convertValue(array, JSON.getTypeFactory().constructCollectionType(List.class, String.class));
  }
}
