package org.pmdc.hub.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitTest {

  @Test
  void consecutiveCallsLeaveAtLeastOneIntervalApart() throws Exception {
    RateLimit limit = new RateLimit(20);
    List<Long> departures = new ArrayList<>();
    for (int call = 0; call < 5; call++) {
      departures.add(limit.acquire());
    }

    for (int i = 1; i < departures.size(); i++) {
      assertThat(departures.get(i) - departures.get(i - 1)).isGreaterThanOrEqualTo(50_000_000L);
    }
  }

  @Test
  void noWindowShorterThanASecondHoldsMoreThanTheRate() throws Exception {
    // The outside check: three calls at two a second must not leave within 0.989 s.
    RateLimit limit = new RateLimit(2);
    long first = limit.acquire();
    limit.acquire();
    long third = limit.acquire();

    assertThat(third - first).isGreaterThanOrEqualTo(1_000_000_000L);
  }

  @Test
  void callersOnManyThreadsShareOneRate() throws Exception {
    RateLimit limit = new RateLimit(20);
    List<Long> departures = Collections.synchronizedList(new ArrayList<>());
    List<Thread> callers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread caller = new Thread(() -> {
        for (int call = 0; call < 5; call++) {
          try {
            departures.add(limit.acquire());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      });
      caller.start();
      callers.add(caller);
    }
    for (Thread caller : callers) {
      caller.join();
    }

    List<Long> sorted = departures.stream().sorted().toList();
    assertThat(sorted).hasSize(20);
    for (int i = 1; i < sorted.size(); i++) {
      assertThat(sorted.get(i) - sorted.get(i - 1)).isGreaterThanOrEqualTo(50_000_000L);
    }
  }

  @Test
  void aRateMustBePositive() {
    assertThatThrownBy(() -> new RateLimit(0)).hasMessage("calls per second must be positive, not 0.0");
  }
}
