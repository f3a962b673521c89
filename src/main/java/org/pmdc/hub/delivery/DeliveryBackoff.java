package org.pmdc.hub.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a failed delivery again: exponential backoff with "equal jitter" (half the delay
 * fixed, half random), so LPs recovering from an outage are not hit by every hub at once, and no
 * retry comes sooner than half the nominal delay.
 */
final class DeliveryBackoff {

  private DeliveryBackoff() {}

  /** The delay after the given failed attempt (1 for the first). */
  static Duration delayAfter(int attempt, DeliverySettings settings) {
    long initial = settings.initialBackoff().toMillis();
    long cap = settings.maxBackoff().toMillis();
    int doublings = Math.min(Math.max(attempt - 1, 0), 30);
    long nominal = Math.min(cap, initial << doublings);
    long half = nominal / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }
}
