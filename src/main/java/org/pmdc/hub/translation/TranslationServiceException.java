package org.pmdc.hub.translation;

import java.time.Duration;

/**
 * The translation service could not translate a batch: unreachable, timed out, its circuit
 * breaker open, or it answered an error. Not the publisher's fault, so the submission is not
 * rejected: its attempt fails and is retried after the lease, the message kept as its last error.
 */
public class TranslationServiceException extends RuntimeException {

  private final boolean retryable;
  private final Duration retryAfter;

  TranslationServiceException(String message, boolean retryable) {
    super(message);
    this.retryable = retryable;
    this.retryAfter = null;
  }

  /** A 429: retryable after the vendor's Retry-After. */
  TranslationServiceException(String message, Duration retryAfter) {
    super(message);
    this.retryable = true;
    this.retryAfter = retryAfter;
  }

  /** Whether calling again soon may succeed: a 5xx, a timeout, a refused connection, a 429. */
  boolean retryable() {
    return retryable;
  }

  /** How long the vendor asked to wait, or null: then the backoff decides. */
  Duration retryAfter() {
    return retryAfter;
  }
}
