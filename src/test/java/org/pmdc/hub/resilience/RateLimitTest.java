package org.pmdc.hub.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitTest {

  @Test
  void consecutiveCallsAreAtLeastOneIntervalApart() throws Exception {
    RateLimit limit = new RateLimit(20);
    List<Long> times = new ArrayList<>();
    for (int call = 0; call < 5; call++) {
      limit.acquire();
      times.add(System.nanoTime());
    }

    for (int i = 1; i < times.size(); i++) {
      assertThat(times.get(i) - times.get(i - 1)).isGreaterThanOrEqualTo(49_000_000L);
    }
  }

  @Test
  void callersOnManyThreadsShareOneRate() throws Exception {
    RateLimit limit = new RateLimit(20);
    List<Long> times = Collections.synchronizedList(new ArrayList<>());
    List<Thread> callers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread caller = new Thread(() -> {
        for (int call = 0; call < 5; call++) {
          try {
            limit.acquire();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          times.add(System.nanoTime());
        }
      });
      caller.start();
      callers.add(caller);
    }
    for (Thread caller : callers) {
      caller.join();
    }

    List<Long> sorted = times.stream().sorted().toList();
    assertThat(sorted).hasSize(20);
    // Twenty calls at twenty a second: nineteen intervals of 50 ms between the first and the last.
    assertThat(sorted.get(19) - sorted.get(0)).isGreaterThanOrEqualTo(19 * 50_000_000L - 20_000_000L);
  }

  @Test
  void aRateMustBePositive() {
    assertThatThrownBy(() -> new RateLimit(0)).hasMessage("calls per second must be positive, not 0.0");
  }
}
