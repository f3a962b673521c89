package org.pmdc.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailureBudgetsTest {

  @Test
  void aKeyIsLockedOnceItsFailuresAreSpentAndOnlyThatKey() {
    FailureBudgets budgets = new FailureBudgets(3, Duration.ofMinutes(1));

    assertThat(budgets.spend("10.0.0.1")).isFalse();
    assertThat(budgets.spend("10.0.0.1")).isFalse();
    assertThat(budgets.lockedFor("10.0.0.1")).isEmpty();
    assertThat(budgets.spend("10.0.0.1")).as("the last failure locks").isTrue();

    // One failure comes back every 20 s (3 a minute): the lock lasts at most that long.
    assertThat(budgets.lockedFor("10.0.0.1")).hasValueSatisfying(wait ->
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20)));
    assertThat(budgets.lockedFor("10.0.0.2")).isEmpty();
  }

  @Test
  void aLockEndsWhenAFailureIsGivenBack() throws Exception {
    FailureBudgets budgets = new FailureBudgets(1, Duration.ofMillis(200));
    budgets.spend("client-a");
    assertThat(budgets.lockedFor("client-a")).isPresent();

    Thread.sleep(300);

    assertThat(budgets.lockedFor("client-a")).isEmpty();
  }
}
