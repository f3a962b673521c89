package org.pmdc.hub.translation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The schema-translation service (docs/translation-saas.md).
 *
 * @param baseUrl the vendor's API root, e.g. {@code https://api.vendor.example}; unset: no layout
 *     may use it
 * @param apiKey sent as {@code X-API-Key}; from the environment, never logged
 * @param batchSize source records per call
 * @param requestsPerSecond the vendor plan's rate, for every call from this instance, retries
 *     included
 * @param maxAttempts calls per batch before its submission's attempt fails (5xx, timeouts,
 *     connection errors and 429 are retried; other 4xx are not)
 * @param initialBackoff the first retry's nominal delay, doubled each time, with jitter
 * @param maxBackoff the longest delay between two calls, also the longest Retry-After honoured
 * @param breaker the circuit breaker around every call
 */
@ConfigurationProperties("pmdc.translation.saas")
record SaasSettings(
    String baseUrl,
    String apiKey,
    @DefaultValue("500") int batchSize,
    @DefaultValue("5") double requestsPerSecond,
    @DefaultValue("4") int maxAttempts,
    @DefaultValue("1s") Duration initialBackoff,
    @DefaultValue("30s") Duration maxBackoff,
    @DefaultValue Breaker breaker) {

  /**
   * @param failureRateThreshold percentage of failed calls (errors and timeouts) that opens it
   * @param slidingWindowSize calls it looks back over
   * @param minimumNumberOfCalls calls before it judges at all
   * @param waitInOpenState how long it stays open before letting trial calls through
   * @param trialCalls calls let through half-open; all must succeed for it to close
   */
  record Breaker(
      @DefaultValue("50") float failureRateThreshold,
      @DefaultValue("10") int slidingWindowSize,
      @DefaultValue("5") int minimumNumberOfCalls,
      @DefaultValue("30s") Duration waitInOpenState,
      @DefaultValue("3") int trialCalls) {}
}
