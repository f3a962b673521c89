package org.pmdc.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;

/**
 * Every operation of the published OpenAPI document, called without a token, with a token of each
 * role, and with another tenant's ids: 401 without a token, 403 for a role none of whose scopes the
 * operation declares, and for the others an answer of the operation itself - 404 when a publisher or
 * subscriber names another tenant's submission or record. New operations are covered as they are
 * added to the route files; only the published contract may go without a declared scope.
 */
class AccessMatrixIT extends HubIntegrationTest {

  private static final Set<String> PUBLIC = Set.of("get-schemas", "get-schema");

  private record Operation(String id, String method, String path, Set<String> scopes) {}

  @Test
  void everyOperationAnswersEachRoleAsItsScopesSayAndHidesOtherTenantsData() {
    World mine = newWorld();
    World foreign = newWorld();
    String foreignSubmission = foreign.submit("application/json", sampleText("capital-call.json")).body().get("id").asText();
    String foreignRecord = foreign.awaitCompleted(foreignSubmission).at("/notice/id").asText();
    HubClient.Response viewer = hub.post("/api/v1/clients", "application/json", "{\"role\":\"viewer\"}");
    Map<Role, HubClient> roles = new LinkedHashMap<>();
    roles.put(Role.ADMIN, hub);
    roles.put(Role.VIEWER, hub.as(viewer.body().get("clientId").asText(), viewer.body().get("clientSecret").asText()));
    roles.put(Role.PUBLISHER, mine.asPublisher());
    roles.put(Role.SUBSCRIBER, mine.asSubscriber());

    List<Operation> operations = operations(hub.anonymous().get("/api/v1/openapi.json").body());
    SoftAssertions softly = new SoftAssertions();
    for (Operation op : operations) {
      String url = op.path()
          .replace("{id}", op.path().startsWith("/api/v1/lp/") ? foreignRecord : foreignSubmission)
          .replace("{collection}", "capital-calls").replace("{type}", "capital_call")
          .replace("{code}", "zz-nobody").replace("{clientId}", "zz-nobody").replace("{channelId}", foreignSubmission)
          .replace("{cohortMonth}", "2025-01").replace("{period}", "0").replace("{paymentId}", "zz-nobody");
      boolean foreignId = url.contains(foreignRecord) || url.contains(foreignSubmission);
      if (op.scopes().isEmpty()) {
        softly.assertThat(PUBLIC).as("%s declares no scope but is not public", op.id()).contains(op.id());
        softly.assertThat(call(hub.anonymous(), op.method(), url).status()).as(op.id()).isEqualTo(200);
        continue;
      }
      softly.assertThat(call(hub.anonymous(), op.method(), url).status()).as("%s without a token", op.id()).isEqualTo(401);
      for (Map.Entry<Role, HubClient> role : roles.entrySet()) {
        boolean allowed = role.getKey().scopes().stream().anyMatch(op.scopes()::contains);
        HubClient.Response response = call(role.getValue(), op.method(), url);
        String as = op.method() + " " + url + " (" + op.id() + ") as " + role.getKey() + ": " + response.body();
        if (!allowed) {
          softly.assertThat(response.status()).as(as).isEqualTo(403);
        } else if (foreignId && (role.getKey() == Role.PUBLISHER || role.getKey() == Role.SUBSCRIBER)) {
          softly.assertThat(response.status()).as(as).isEqualTo(404);
        } else {
          softly.assertThat(response.status()).as(as).isNotIn(401, 403).isLessThan(500);
        }
      }
    }
    softly.assertThat(operations).as("operations found in the OpenAPI document").hasSizeGreaterThan(30);
    softly.assertAll();
  }

  private static HubClient.Response call(HubClient client, String method, String url) {
    return switch (method) {
      case "get" -> client.get(url);
      case "post" -> client.post(url, "application/json", "{}");
      case "patch" -> client.patch(url, "{}");
      case "put" -> client.put(url, "{}");
      case "delete" -> client.delete(url);
      default -> throw new IllegalStateException("no call for " + method);
    };
  }

  private static List<Operation> operations(JsonNode api) {
    List<Operation> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
        Map.Entry<String, JsonNode> method = methods.next();
        Set<String> scopes = new HashSet<>();
        method.getValue().path("security").forEach(requirement -> requirement.path("oauth2").forEach(s -> scopes.add(s.asText())));
        operations.add(new Operation(method.getValue().path("operationId").asText(), method.getKey(), path.getKey(), scopes));
      }
    }
    return operations;
  }
}
