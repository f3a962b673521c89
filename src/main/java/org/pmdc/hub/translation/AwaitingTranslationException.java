package org.pmdc.hub.translation;

/**
 * The translation service is unavailable and the layout has no local mapping to fall back on: the
 * submission waits as {@code awaiting_translation} until the service's circuit breaker lets calls
 * through again ({@code resume-parked-submissions}).
 */
public class AwaitingTranslationException extends RuntimeException {

  AwaitingTranslationException(String reason) {
    super(reason);
  }
}
