package org.pmdc.hub.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;

/**
 * What a publisher sees afterwards: its submission history and each submission's audit trail; staff
 * see every publisher's.
 */
class SubmissionHistoryIT extends HubIntegrationTest {

  @Test
  void theSubmissionsAuditTrailShowsEveryStepToTheDelivery() {
    World world = newWorld();
    String id = world.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText();
    world.awaitCompleted(id);
    world.awaitWebhooks(1);

    JsonNode events = await().atMost(PATIENCE).until(
        () -> world.asPublisher().get("/api/v1/submissions/" + id + "/events").body(),
        trail -> trail.size() >= 4);

    assertThat(events).extracting(e -> e.get("stage").asText()).containsExactly("received", "stored", "queued", "delivered");
    assertThat(events.get(0).get("actor").asText()).isEqualTo(world.publisher());
    assertThat(events.get(3).get("delivery").asText()).isEqualTo(world.status(id).at("/deliveries/0/id").asText());
    assertThat(newWorld().asPublisher().get("/api/v1/submissions/" + id + "/events").status())
        .isEqualTo(404);
  }

  @Test
  void aPublisherPagesThroughItsSubmissionHistoryNewestFirst() {
    World world = newWorld();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(0, world.submit("text/csv", sampleText("capital-call.csv").replace("CC-2026-008", "CC-" + i))
          .body().get("id").asText());
    }

    JsonNode first = world.asPublisher().get("/api/v1/submissions?limit=2").body();
    JsonNode second = world.asPublisher().get("/api/v1/submissions?limit=2&cursor=" + first.get("nextCursor").asText()).body();
    world.submit("text/csv", sampleText("capital-call.csv").replace("CC-2026-008", "CC-new"));
    JsonNode third = world.asPublisher().get("/api/v1/submissions?limit=2&cursor=" + second.get("nextCursor").asText()).body();

    assertThat(first.get("items")).extracting(i -> i.get("id").asText()).containsExactly(ids.get(0), ids.get(1));
    assertThat(second.get("items")).extracting(i -> i.get("id").asText()).containsExactly(ids.get(2), ids.get(3));
    assertThat(third.get("items")).extracting(i -> i.get("id").asText()).containsExactly(ids.get(4));
    assertThat(third.get("nextCursor").isNull()).isTrue();
    HubClient.Response bad = world.asPublisher().get("/api/v1/submissions?status=nonsense&cursor=abc&limit=1001");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.body().get("errors")).extracting(error -> error.get("field").asText())
        .containsExactlyInAnyOrder("status", "cursor", "limit");
  }

  @Test
  void staffSeeEveryPublishersSubmissionsAndAPublisherOnlyItsOwn() {
    World one = newWorld();
    World other = newWorld();
    String mine = one.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText();
    String theirs = other.submit("text/csv", sampleText("capital-call.csv")).body().get("id").asText();

    JsonNode named = hub.get("/api/v1/submissions?publisher=" + other.publisher()).body();
    JsonNode all = hub.get("/api/v1/submissions?limit=1000").body();
    JsonNode pretending = one.asPublisher().get("/api/v1/submissions?publisher=" + other.publisher()).body();

    assertThat(named.get("items")).extracting(i -> i.get("id").asText()).containsExactly(theirs);
    assertThat(named.get("items").get(0).get("publisher").asText()).isEqualTo(other.publisher());
    assertThat(all.get("items")).extracting(i -> i.get("id").asText()).contains(mine, theirs);
    assertThat(pretending.get("items")).extracting(i -> i.get("id").asText()).containsExactly(mine);
    assertThat(hub.get("/api/v1/submissions/" + mine).body().get("publisher").asText()).isEqualTo(one.publisher());
    assertThat(one.asPublisher().get("/api/v1/submissions/" + theirs).status()).isEqualTo(404);
  }

  @Test
  void aSubmissionGivesBackItsBytesAsReceivedAndEachStoredLineWithTheRowItCameFrom() {
    World world = newWorld();
    String csv = sampleText("capital-call.csv");
    String id = world.submit("text/csv", csv).body().get("id").asText();
    world.awaitCompleted(id);

    String content = world.asPublisher().getText("/api/v1/submissions/" + id + "/content");
    JsonNode records = world.asPublisher().get("/api/v1/submissions/" + id + "/records?lines=2").body();

    assertThat(content).isEqualTo(csv);
    assertThat(records).hasSize(1);
    assertThat(records.get(0).get("noticeReference").asText()).isEqualTo("CC-2026-008");
    assertThat(records.get(0).get("lineCount").asInt()).isEqualTo(3);
    assertThat(records.get(0).get("lines")).extracting(l -> l.get("sourceRow").asInt() + " " + l.get("investorId").asText())
        .containsExactly("2 LP-0001", "3 LP-0002");
    assertThat(hub.get("/api/v1/submissions/" + id + "/records").body().get(0).get("lines")).hasSize(3);
    assertThat(newWorld().asPublisher().get("/api/v1/submissions/" + id + "/content").status()).isEqualTo(404);
    assertThat(newWorld().asPublisher().get("/api/v1/submissions/" + id + "/records").status()).isEqualTo(404);
    assertThat(world.asPublisher().get("/api/v1/submissions/" + id + "/records?lines=0").status()).isEqualTo(422);
  }
}
