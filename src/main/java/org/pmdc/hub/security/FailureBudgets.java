package org.pmdc.hub.security;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A budget of failures per key (a source address, a client id): {@code failures} at once, given
 * back evenly over {@code window}. A key whose budget is spent is locked until one failure is given
 * back. Keys whose budget is whole again are forgotten once many are tracked, so made-up keys
 * cannot fill the memory.
 */
final class FailureBudgets {

  private static final int MAX_KEYS = 10_000;

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final int failures;
  private final Duration window;

  FailureBudgets(int failures, Duration window) {
    this.failures = failures;
    this.window = window;
  }

  /** How long the key stays locked, if its budget is spent. */
  Optional<Duration> lockedFor(String key) {
    Bucket bucket = buckets.get(key);
    long nanos = bucket == null ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
  }

  /** Spends one failure of the key; true when that was the last one (the key is locked from now). */
  boolean spend(String key) {
    if (buckets.size() >= MAX_KEYS) {
      buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= failures);
    }
    Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
        .addLimit(limit -> limit.capacity(failures).refillGreedy(failures, window)).build());
    return bucket.tryConsume(1) && bucket.getAvailableTokens() == 0;
  }
}
