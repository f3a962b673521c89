package org.pmdc.hub.resilience;

/**
 * At most N calls a second, spaced evenly: each call waits until at least 1/N s after the one
 * before it was let through, however many callers wait. So N + 1 consecutive calls leave over at
 * least one second, and no window shorter than a second holds more than N departures. Even spacing
 * rather than bursts of N: a vendor's plan is usually enforced over any second, not per calendar
 * second. The promise is about when calls leave the hub; the network may bunch their arrival.
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

  /** Waits for this call's turn; returns the moment ({@link System#nanoTime}) it was let through. */
  public synchronized long acquire() throws InterruptedException {
    long now = System.nanoTime();
    // Thread.sleep rounds to the millisecond and may return early: wait until the turn has come.
    while (now < nextNanos) {
      long wait = nextNanos - now;
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      now = System.nanoTime();
    }
    // From the moment this call goes, not from its planned turn: a late call never lets the next
    // one go early.
    nextNanos = now + intervalNanos;
    return now;
  }
}
