package org.pmdc.hub.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10));

  @RepeatedTest(20)
  void eachDelayLiesBetweenHalfAndAllOfTheDoubledNominalDelay() {
    for (int attempt = 1; attempt <= 6; attempt++) {
      long nominal = 2000L << (attempt - 1);
      assertThat(backoff.delayAfter(attempt).toMillis()).isBetween(nominal / 2, nominal);
    }
  }

  @Test
  void delaysNeverExceedTheMaximum() {
    assertThat(backoff.delayAfter(40)).isLessThanOrEqualTo(Duration.ofMinutes(10));
    assertThat(backoff.delayAfter(40)).isGreaterThanOrEqualTo(Duration.ofMinutes(5));
  }
}
