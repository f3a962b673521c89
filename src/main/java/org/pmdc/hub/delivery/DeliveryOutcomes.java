package org.pmdc.hub.delivery;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.pmdc.hub.resilience.Backoff;
import org.springframework.stereotype.Component;

/**
 * Turns the end of one delivery attempt, on any channel, into the parameters of {@code
 * sql/delivery/record-attempt.sql}: delivered; or pending, to be retried after a backoff with
 * jitter; or dead, once its attempts since it was queued (or last replayed) are used up or it is
 * older than the configured age.
 */
@Component("deliveryOutcomes")
public class DeliveryOutcomes {

  private final DeliverySettings settings;
  private final Backoff backoff;

  DeliveryOutcomes(DeliverySettings settings) {
    this.settings = settings;
    this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
  }

  /** When an attempt starts, for its duration. */
  public long startedAt() {
    return System.nanoTime();
  }

  /**
   * @param delivery the claimed delivery
   * @param statusCode the receiver's HTTP status (webhooks), null on other channels
   * @param error why it failed, null when the channel took it (and a status code, if any, is 2xx)
   * @param startedNanos {@link #startedAt()} of the attempt
   */
  public Map<String, Object> of(ClaimedDelivery delivery, Integer statusCode, String error, long startedNanos) {
    int attempt = delivery.attempts();
    boolean delivered = error == null && (statusCode == null || statusCode / 100 == 2);
    String status = delivered ? "delivered" : exhausted(delivery) ? "dead" : "pending";

    Map<String, Object> row = new HashMap<>();
    row.put("deliveryId", delivery.id());
    row.put("channel", delivery.channel());
    row.put("attempt", attempt);
    row.put("status", status);
    row.put("statusCode", statusCode);
    row.put("error", delivered ? null : error != null ? error : "HTTP " + statusCode);
    row.put("durationMs", (int) Duration.ofNanos(System.nanoTime() - startedNanos).toMillis());
    row.put("retryInMs", status.equals("pending") ? backoff.delayAfter(attempt - delivery.replayedAttempts()).toMillis() : 0L);
    return row;
  }

  private boolean exhausted(ClaimedDelivery delivery) {
    int attempts = delivery.attempts() - delivery.replayedAttempts();
    return attempts >= settings.maxAttempts() || delivery.ageSeconds() >= settings.maxAge().toSeconds();
  }
}
