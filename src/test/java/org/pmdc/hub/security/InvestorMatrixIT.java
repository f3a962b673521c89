package org.pmdc.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;

/**
 * The investor dimension of {@link AccessMatrixIT}: every operation a subscriber may call (scope
 * {@code lp:read} in the published OpenAPI document), with every collection and the id of every
 * record, answers an LP that represents one investor of a capital call, a distribution and a
 * capital account statement without a trace of the other investors' lines. New LP operations are
 * covered as they are added to the route files.
 */
class InvestorMatrixIT extends HubIntegrationTest {

  private static final List<String> COLLECTIONS =
      List.of("capital-calls", "distributions", "capital-account-statements", "schedules-of-investments", "company-metrics");
  /** What the samples' other investors' lines hold and no header does: their codes and names. */
  private static final List<String> FOREIGN = List.of("LP-0002", "LP-0003", "Harbor University Endowment",
      "Ridgeline Family Office", "Cedar Family Office");

  @Test
  void noLpOperationShowsAnotherInvestorsLine() {
    World world = newWorld();
    List<String> records = new ArrayList<>();
    for (String sample : List.of("capital-call.csv", "distribution.csv", "capital-account-statement.csv")) {
      records.add(world.awaitCompleted(world.submit("text/csv", sampleText(sample)).body().get("id").asText())
          .at("/notice/id").asText());
    }
    HubClient lp = representing(world, "LP-0001");

    // Each distinct URL once: the client's rate limit counts every call.
    Set<String> urls = new LinkedHashSet<>();
    for (String path : lpOperations(hub.anonymous().get("/api/v1/openapi.json").body())) {
      for (String collection : COLLECTIONS) {
        for (String record : records) {
          urls.add(path.replace("{collection}", collection).replace("{id}", record));
        }
      }
    }
    SoftAssertions softly = new SoftAssertions();
    for (String url : urls) {
      HubClient.Response response = lp.get(url);
      softly.assertThat(response.status()).as(url).isIn(200, 404);
      softly.assertThat(response.raw().body()).as(url).doesNotContain(FOREIGN);
    }
    softly.assertThat(lp.get("/api/v1/lp/capital-calls/" + records.get(0)).raw().body())
        .as("the LP's own line is there").contains("Maple Teachers' Pension Plan");
    softly.assertThat(urls).as("LP operations found in the OpenAPI document").hasSizeGreaterThanOrEqualTo(5 * 3 + 5);
    softly.assertAll();
  }

  /** A new LP of the world's publisher representing one investor, as its own client. */
  private HubClient representing(World world, String investor) {
    String code = "lp-" + UUID.randomUUID().toString().substring(0, 8);
    hub.post("/api/v1/subscribers", "application/json", "{\"code\":\"%s\",\"name\":\"LP\"}".formatted(code));
    var client = World.approve(hub, "subscribers", code);
    assertThat(hub.post("/api/v1/subscriptions", "application/json", """
        {"publisher": "%s", "subscriber": "%s", "investors": ["%s"], "channels": [{"type": "webhook", "url": "%s"}]}"""
        .formatted(world.publisher(), code, investor, lp.baseUrl() + "/hooks/" + code)).status()).isEqualTo(201);
    return hub.as(client.clientId(), client.secret());
  }

  /**
   * The GET paths of every operation that declares {@code lp:read}, the scope of what is published
   * to a subscriber. ({@code reference:read}, which a subscriber also has, reads data shared by
   * everyone, such as exchange rates, that holds no investor's line.)
   */
  private static List<String> lpOperations(JsonNode api) {
    List<String> paths = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> entries = api.get("paths").fields(); entries.hasNext(); ) {
      Map.Entry<String, JsonNode> path = entries.next();
      JsonNode get = path.getValue().path("get");
      get.path("security").forEach(requirement -> requirement.path("oauth2").forEach(scope -> {
        if (Role.Scopes.LP_READ.equals(scope.asText())) {
          paths.add(path.getKey());
        }
      }));
    }
    assertThat(paths).as("LP operations").isNotEmpty();
    return paths;
  }
}
