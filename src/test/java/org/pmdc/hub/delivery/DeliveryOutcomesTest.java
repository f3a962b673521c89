package org.pmdc.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.canonical.RecordType;

class DeliveryOutcomesTest {

  private static final DeliveryOutcomes OUTCOMES =
      new DeliveryOutcomes(new DeliverySettings(3, Duration.ofHours(1), Duration.ofSeconds(2), Duration.ofMinutes(1),
          Duration.ofSeconds(5), Duration.ofSeconds(10), List.of()));

  @Test
  void a2xxOrAChannelThatTookItIsDelivered() {
    assertThat(OUTCOMES.of(claimed(1, 0, 0), 204, null, System.nanoTime())).containsEntry("status", "delivered")
        .containsEntry("error", null).containsEntry("retryInMs", 0L);
    assertThat(OUTCOMES.of(claimed(1, 0, 0), null, null, System.nanoTime())).containsEntry("status", "delivered");
  }

  @Test
  void aFailureIsRetriedAfterABackoffUntilTheAttemptsAreUsedUp() {
    Map<String, Object> first = OUTCOMES.of(claimed(1, 0, 0), 503, null, System.nanoTime());
    Map<String, Object> last = OUTCOMES.of(claimed(3, 0, 0), null, "Connection refused", System.nanoTime());

    assertThat(first).containsEntry("status", "pending").containsEntry("error", "HTTP 503");
    assertThat((Long) first.get("retryInMs")).isBetween(1L, 2_000L);
    assertThat(last).containsEntry("status", "dead").containsEntry("error", "Connection refused");
  }

  @Test
  void aFailureOlderThanTheMaximumAgeIsDeadWhateverItsAttempts() {
    assertThat(OUTCOMES.of(claimed(1, 0, 3_600), 500, null, System.nanoTime())).containsEntry("status", "dead");
    assertThat(OUTCOMES.of(claimed(1, 0, 3_599), 500, null, System.nanoTime())).containsEntry("status", "pending");
  }

  @Test
  void aReplayedDeliveryHasAFreshAllowanceOfAttempts() {
    assertThat(OUTCOMES.of(claimed(5, 3, 0), 500, null, System.nanoTime())).containsEntry("status", "pending");
    assertThat(OUTCOMES.of(claimed(6, 3, 0), 500, null, System.nanoTime())).containsEntry("status", "dead");
  }

  private static ClaimedDelivery claimed(int attempts, int replayedAttempts, long ageSeconds) {
    return new ClaimedDelivery(7L, "d-7", "capital_call.published", attempts, replayedAttempts, ageSeconds, 1L, 1L,
        "webhook", "{}", null, RecordType.CAPITAL_CALL, "n-1", 1, null, null, "{}", 0L, null, "2026-12-04T00:00:00Z",
        "gp", "GF-III", "lp");
  }
}
