package org.pmdc.hub.translation;

import java.time.Duration;

/**
 * The translation service could not translate a batch. Not the publisher's fault, so the
 * submission is never rejected for it: an unavailable service makes the layout fall back on its
 * local mapping or the submission wait ({@link AwaitingTranslationException}); a refused request
 * fails the attempt with the vendor's message.
 */
public class TranslationServiceException extends RuntimeException {

  enum Kind {
    /** A 5xx, a timeout, a refused connection: calling again soon may succeed. */
    DOWN,
    /** A 429: call again after the vendor's Retry-After. */
    LIMITED,
    /** The circuit breaker is open: no call is made until it lets trial calls through. */
    BREAKER_OPEN,
    /** Any other 4xx, or an answer the hub cannot read: calling again will not help. */
    REFUSED
  }

  private final Kind kind;
  private final Duration retryAfter;

  TranslationServiceException(String message, Kind kind) {
    this(message, kind, null);
  }

  TranslationServiceException(String message, Kind kind, Duration retryAfter) {
    super(message);
    this.kind = kind;
    this.retryAfter = retryAfter;
  }

  /** Whether calling again within this attempt may succeed. */
  boolean retryable() {
    return kind == Kind.DOWN || kind == Kind.LIMITED;
  }

  /** Whether the service is unavailable (rather than refusing this request). */
  boolean unavailable() {
    return kind != Kind.REFUSED;
  }

  /** How long the vendor asked to wait, or null: then the backoff decides. */
  Duration retryAfter() {
    return retryAfter;
  }
}
