package org.pmdc.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.World;

/**
 * The LP pull API as an LP's system uses it: what its subscriptions entitle it to and nothing
 * else, pages that neither skip nor repeat while records arrive, conditional GETs, and a feed to
 * catch up from.
 */
class PullApiIT extends HubIntegrationTest {

  @Test
  void aSubscriberReadsItsRecordsAndAnotherSubscribersIdIsNotFound() {
    World world = newWorld();
    World stranger = newWorld();
    String recordId = store(world, "CC-PULL-1").at("/notice/id").asText();

    JsonNode page = get(world, "/api/v1/lp/capital-calls").body();
    JsonNode record = get(world, "/api/v1/lp/capital-calls/" + recordId).body();

    assertThat(page.get("items")).extracting(item -> item.get("id").asText()).containsExactly(recordId);
    assertThat(page.at("/items/0/lineCount").asInt()).isEqualTo(3);
    assertThat(page.at("/items/0/allocations").isMissingNode()).isTrue();
    assertThat(record.get("noticeReference").asText()).isEqualTo("CC-PULL-1");
    assertThat(record.get("allocations")).hasSize(3);
    assertThat(record.at("/allocations/0/amount").asText()).isEqualTo("2462500.00");
    assertThat(get(stranger, "/api/v1/lp/capital-calls").body().get("items")).isEmpty();
    assertThat(get(stranger, "/api/v1/lp/capital-calls/" + recordId).status()).isEqualTo(404);
    assertThat(get(world, "/api/v1/lp/distributions/" + recordId).status()).isEqualTo(404);
    assertThat(hub.anonymous().get("/api/v1/lp/capital-calls").status()).isEqualTo(401);
    assertThat(hub.get("/api/v1/lp/capital-calls").status()).as("an admin is not a subscriber").isEqualTo(403);
    assertThat(get(world, "/api/v1/lp/capital-callz").status()).isEqualTo(404);
  }

  @Test
  void pagesNeitherSkipNorRepeatARecordWhileNewOnesArrive() {
    World world = newWorld();
    List<String> stored = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      stored.add(store(world, "CC-PAGE-" + i).at("/notice/id").asText());
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page = get(world, "/api/v1/lp/capital-calls?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).body();
      page.get("items").forEach(item -> seen.add(item.get("id").asText()));
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
      if (++pages == 1) {
        for (int i = 6; i <= 8; i++) {
          stored.add(store(world, "CC-PAGE-" + i).at("/notice/id").asText());
        }
      }
    } while (cursor != null);

    assertThat(seen).containsExactlyElementsOf(stored);
  }

  @Test
  void aPollWithTheLastETagIsNotModifiedUntilSomethingChanges() {
    World world = newWorld();
    store(world, "CC-ETAG-1");
    HubClient.Response first = get(world, "/api/v1/lp/capital-calls");

    HubClient.Response again = get(world, "/api/v1/lp/capital-calls", "If-None-Match", first.header("ETag"));
    store(world, "CC-ETAG-2");
    HubClient.Response changed = get(world, "/api/v1/lp/capital-calls", "If-None-Match", first.header("ETag"));

    assertThat(first.header("ETag")).matches("\"[0-9a-f]{32}\"");
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.raw().body()).isEmpty();
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.body().get("items")).hasSize(2);
  }

  @Test
  void theFeedListsEveryVersionAndAPollFromItsCursorOnlyWhatCameAfter() {
    World world = newWorld();
    ObjectNode notice = sample("capital-call.json").put("noticeReference", "CC-FEED-1");
    awaitPulled(world, world.submit("application/json", notice.toString()).body().get("id").asText());
    notice.put("description", "corrected");
    awaitPulled(world, world.submit("application/json", notice.toString()).body().get("id").asText());

    JsonNode feed = get(world, "/api/v1/lp/feed").body();
    String next = store(world, "CC-FEED-2").at("/notice/id").asText();
    JsonNode after = get(world, "/api/v1/lp/feed?cursor=" + feed.get("nextCursor").asText()).body();

    assertThat(feed.get("items")).extracting(item -> item.get("type").asText())
        .containsExactly("capital_call.published", "capital_call.amended");
    assertThat(feed.at("/items/1/href").asText()).startsWith("/api/v1/lp/capital-calls/");
    assertThat(get(world, feed.at("/items/1/href").asText()).body().get("version").asInt()).isEqualTo(2);
    assertThat(after.get("items")).extracting(item -> item.get("recordId").asText()).containsExactly(next);
  }

  @Test
  void filtersNarrowThePageAndABadOneIsNamed() {
    World world = newWorld();
    store(world, "CC-FILTER-1");

    assertThat(get(world, "/api/v1/lp/capital-calls?fund=GF-III&from=2026-11-01&to=2026-11-30").body().get("items")).hasSize(1);
    assertThat(get(world, "/api/v1/lp/capital-calls?fund=OTHER").body().get("items")).isEmpty();
    assertThat(get(world, "/api/v1/lp/capital-calls?updated_since=2099-01-01T00:00:00Z").body().get("items")).isEmpty();
    HubClient.Response bad = get(world, "/api/v1/lp/capital-calls?from=November&limit=0");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.body().get("errors")).extracting(error -> error.get("field").asText()).containsExactly("limit", "from");
  }

  @Test
  void aSuspendedSubscriptionEntitlesToNothing() {
    World world = newWorld();
    String recordId = store(world, "CC-SUSPENDED-1").at("/notice/id").asText();

    hub.patch("/api/v1/subscriptions/" + world.subscriptionId(), "{\"status\": \"suspended\"}");

    assertThat(get(world, "/api/v1/lp/capital-calls").body().get("items")).isEmpty();
    assertThat(get(world, "/api/v1/lp/capital-calls/" + recordId).status()).isEqualTo(404);
  }

  /** Stores a capital call and waits until it has its place in the subscriber's feed. */
  private JsonNode store(World world, String reference) {
    ObjectNode notice = sample("capital-call.json").put("noticeReference", reference);
    return awaitPulled(world, world.submit("application/json", notice.toString()).body().get("id").asText());
  }

  private JsonNode awaitPulled(World world, String submission) {
    JsonNode done = world.awaitCompleted(submission);
    assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("stored");
    await().atMost(PATIENCE).until(() ->
        get(world, "/api/v1/lp/capital-calls/" + done.at("/notice/id").asText()).status() == 200);
    return done;
  }

  private HubClient.Response get(World world, String path, String... headers) {
    return world.asSubscriber().get(path, headers);
  }
}
