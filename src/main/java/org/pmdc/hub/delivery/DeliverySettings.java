package org.pmdc.hub.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retry policy of LP deliveries.
 *
 * @param maxAttempts attempts before a delivery is marked dead
 * @param initialBackoff wait after the first failure; doubles after each further failure
 * @param maxBackoff the longest wait between two attempts
 */
@ConfigurationProperties("pmdc.delivery")
public record DeliverySettings(
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("2s") Duration initialBackoff,
    @DefaultValue("10m") Duration maxBackoff) {}
