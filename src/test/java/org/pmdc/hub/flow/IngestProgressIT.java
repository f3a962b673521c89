package org.pmdc.hub.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.LongFiles;
import org.pmdc.hub.support.World;

/**
 * A long submission shows how far it has come in its status while it is processed (the test
 * profile writes progress every 100 ms), and the next one is given a time left learned from it.
 */
class IngestProgressIT extends HubIntegrationTest {

  private static final int ROWS = 30_000;

  @Test
  void aLongSubmissionReportsBytesAndRowsReadThenItsStagesAndFinishes() throws Exception {
    World world = newWorld();
    byte[] file = LongFiles.capitalCall("CC-LONG-1", ROWS);
    String submission = world.submit("text/csv", file).body().get("id").asText();
    List<JsonNode> seen = watch(world, submission);

    JsonNode reading = seen.stream().filter(p -> p.get("stage").asText().equals("reading"))
        .filter(p -> p.get("bytesRead").asLong() > 0).findFirst().orElseThrow();
    assertThat(reading.get("bytesTotal").asLong()).isEqualTo(file.length);
    assertThat(reading.get("bytesRead").asLong()).isLessThanOrEqualTo(file.length);
    assertThat(reading.get("rowsRead").asLong()).isPositive();
    assertThat(reading.get("rowsTotalEstimated").asBoolean()).isTrue();
    assertThat(reading.get("secondsLeft").isNull()).as("a time left, or the reason there is none")
        .isNotEqualTo(reading.get("secondsLeftReason").isNull());
    assertThat(seen).as("figures only grow").isSortedAccordingTo((a, b) -> Long.compare(a.get("rowsRead").asLong(),
        b.get("rowsRead").asLong()));
    JsonNode read = seen.get(seen.size() - 1);
    assertThat(read.get("rowsRead").asLong()).as("the header is not a row").isEqualTo(ROWS);
    assertThat(read.get("rowsTotal").asLong()).isEqualTo(ROWS);
    assertThat(read.get("rowsTotalEstimated").asBoolean()).isFalse();
    assertThat(read.get("stage").asText()).isIn("checking", "storing");
    assertThat(world.status(submission).get("progress").isNull()).as("only while it runs").isTrue();
    assertThat(jdbc.queryForObject("SELECT stage FROM submission_progress p JOIN submission s ON s.id = p.submission_id"
        + " WHERE s.public_id = CAST(? AS uuid)", String.class, submission)).isEqualTo("finished");

    // The second learns how long storing takes per row from the first.
    List<JsonNode> next = watch(world, world.submit("text/csv", LongFiles.capitalCall("CC-LONG-2", ROWS)).body().get("id").asText());
    assertThat(next).anySatisfy(p -> assertThat(p.get("secondsLeft").asLong()).isPositive());
  }

  /** The progress of each status read until the submission completes, at least one. */
  private static List<JsonNode> watch(World world, String submissionId) throws InterruptedException {
    List<JsonNode> seen = new ArrayList<>();
    long deadline = System.nanoTime() + 3 * PATIENCE.toNanos();
    for (JsonNode status = world.status(submissionId); status.get("completedAt").isNull();
        status = world.status(submissionId)) {
      assertThat(System.nanoTime()).as("completed in time").isLessThan(deadline);
      if (status.hasNonNull("progress")) {
        seen.add(status.get("progress"));
      }
      Thread.sleep(50);
    }
    assertThat(world.status(submissionId).get("status").asText()).isEqualTo("stored");
    assertThat(seen).isNotEmpty();
    return seen;
  }
}
