package org.pmdc.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class DeliveryBackoffTest {

  private final DeliverySettings settings = new DeliverySettings(8, Duration.ofSeconds(2), Duration.ofMinutes(10));

  @RepeatedTest(20)
  void eachDelayLiesBetweenHalfAndAllOfTheDoubledNominalDelay() {
    for (int attempt = 1; attempt <= 6; attempt++) {
      long nominal = 2000L << (attempt - 1);
      assertThat(DeliveryBackoff.delayAfter(attempt, settings).toMillis()).isBetween(nominal / 2, nominal);
    }
  }

  @Test
  void delaysNeverExceedTheMaximum() {
    assertThat(DeliveryBackoff.delayAfter(40, settings)).isLessThanOrEqualTo(Duration.ofMinutes(10));
    assertThat(DeliveryBackoff.delayAfter(40, settings)).isGreaterThanOrEqualTo(Duration.ofMinutes(5));
  }
}
