package org.pmdc.hub.resilience;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a failed call again: exponential backoff with "equal jitter" (half the delay fixed,
 * half random), so a recovering service is not hit by every caller at once, and no retry comes
 * sooner than half the nominal delay. Used for LP deliveries and calls to the translation service.
 */
public record Backoff(Duration initial, Duration max) {

  /** The delay after the given failed attempt (1 for the first). */
  public Duration delayAfter(int attempt) {
    long cap = max.toMillis();
    int doublings = Math.min(Math.max(attempt - 1, 0), 30);
    long nominal = Math.min(cap, initial.toMillis() << doublings);
    long half = nominal / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }
}
