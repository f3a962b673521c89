package org.pmdc.hub.resilience;

import java.time.Duration;

/**
 * At most N calls a second, spaced evenly: each call waits until at least 1/N s after the one
 * before it was let through, so no one-second window ever holds more than N, however many callers
 * wait. Even spacing rather than bursts of N: a vendor's plan is usually enforced over any second,
 * not per calendar second.
 */
public final class RateLimit {

  private final long intervalNanos;
  private long nextNanos = System.nanoTime();

  public RateLimit(double callsPerSecond) {
    if (callsPerSecond <= 0) {
      throw new IllegalArgumentException("calls per second must be positive, not " + callsPerSecond);
    }
    this.intervalNanos = (long) Math.ceil(1_000_000_000L / callsPerSecond);
  }

  /** Waits for this call's turn. */
  public synchronized void acquire() throws InterruptedException {
    long wait = nextNanos - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(Duration.ofNanos(wait).toMillis(), (int) (wait % 1_000_000));
    }
    // From the moment this call goes, not from its planned turn: a late call never lets the next
    // one go early.
    nextNanos = System.nanoTime() + intervalNanos;
  }
}
