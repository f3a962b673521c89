package org.pmdc.hub.delivery;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Retry policy of LP deliveries.
 *
 * @param maxAttempts attempts before a delivery is marked dead (counted again after a replay)
 * @param maxAge age after which a delivery still not through is marked dead at its next failure
 *     (from when it was queued, or last replayed)
 * @param initialBackoff wait after the first failure; doubles after each further failure
 * @param maxBackoff the longest wait between two attempts
 * @param webhookConnectTimeout how long a webhook connection may take to open
 * @param webhookResponseTimeout how long an LP's webhook receiver may take to answer
 * @param allowedNetworks networks (CIDR) webhooks may go to although they are not public
 *     ({@link DeliveryTargets}); empty: public addresses only
 */
@Validated
@ConfigurationProperties("pmdc.delivery")
public record DeliverySettings(
    @DefaultValue("8") @Min(1) int maxAttempts,
    @DefaultValue("3d") @NotNull Duration maxAge,
    @DefaultValue("2s") @NotNull Duration initialBackoff,
    @DefaultValue("10m") @NotNull Duration maxBackoff,
    @DefaultValue("5s") @NotNull Duration webhookConnectTimeout,
    @DefaultValue("10s") @NotNull Duration webhookResponseTimeout,
    @DefaultValue("") @NotNull List<String> allowedNetworks) {

  public DeliverySettings {
    if (initialBackoff != null && maxBackoff != null
        && (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0)) {
      throw new IllegalArgumentException(
          "pmdc.delivery: initial-backoff must be positive and not above max-backoff");
    }
  }
}
