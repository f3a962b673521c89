package org.pmdc.hub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JourneyStagesTest {

  @Test
  void aSubmissionJustReceivedIsBeingTranslated() {
    assertThat(states(submission("received"))).containsExactly("done", "current", "waiting", "waiting", "waiting");
  }

  @Test
  void aRejectedSubmissionFailsAtValidationWithItsErrorCount() {
    Map<String, Object> rejected = submission("rejected");
    rejected.put("errorCount", 3);
    List<JourneyStages.Stage> stages = JourneyStages.of(rejected);
    assertThat(states(rejected)).containsExactly("done", "done", "failed", "waiting", "waiting");
    assertThat(stages.get(2).detail()).isEqualTo("rejected: 3 error(s)");
  }

  @Test
  void aStoredSubmissionIsDeliveredOnlyWhenEveryDeliveryIs() {
    Map<String, Object> stored = submission("stored");
    stored.put("deliveries", List.of(Map.of("status", "delivered"), Map.of("status", "pending")));
    assertThat(states(stored)).containsExactly("done", "done", "done", "done", "current");
    assertThat(JourneyStages.of(stored).get(4).detail()).isEqualTo("1 of 2 delivered");

    stored.put("deliveries", List.of(Map.of("status", "delivered"), Map.of("status", "dead")));
    assertThat(states(stored).get(4)).isEqualTo("failed");
    assertThat(JourneyStages.of(stored).get(4).detail()).isEqualTo("1 of 2 delivered, 1 dead");

    stored.put("deliveries", List.of());
    assertThat(states(stored).get(4)).isEqualTo("done");
    assertThat(JourneyStages.of(stored).get(4).detail()).isEqualTo("no subscriber receives it");
  }

  @Test
  void aFailedSubmissionStopsAtTranslationWithItsLastError() {
    Map<String, Object> failed = submission("failed");
    failed.put("lastError", "the translation service answered 500");
    assertThat(states(failed)).containsExactly("done", "failed", "waiting", "waiting", "waiting");
    assertThat(JourneyStages.of(failed).get(1).detail()).isEqualTo("failed: the translation service answered 500");
  }

  @Test
  void theJourneyKeepsRefreshingWhileADeliveryIsPending() {
    Map<String, Object> stored = submission("stored");
    stored.put("deliveries", List.of(Map.of("status", "pending")));
    assertThat(SubmissionsPage.isMoving(stored)).isTrue();
    stored.put("deliveries", List.of(Map.of("status", "dead")));
    assertThat(SubmissionsPage.isMoving(stored)).isFalse();
    assertThat(SubmissionsPage.isMoving(submission("awaiting_translation"))).isTrue();
  }

  private static Map<String, Object> submission(String status) {
    Map<String, Object> submission = new HashMap<>();
    submission.put("status", status);
    return submission;
  }

  private static List<String> states(Map<String, Object> submission) {
    return JourneyStages.of(submission).stream().map(JourneyStages.Stage::state).toList();
  }
}
