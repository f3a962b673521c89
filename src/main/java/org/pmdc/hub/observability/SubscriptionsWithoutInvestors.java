package org.pmdc.hub.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Subscriptions that do not say yet whom they represent — those that existed before per-investor
 * entitlement (V12 migration): they receive no investor's lines until an admin sets their
 * investors. Refreshed by the {@code check-subscription-investors} route; logged as a warning at
 * start-up and whenever the list changes, counted as {@code pmdc_subscriptions_without_investors},
 * and listed by id in the {@code subscriptionsWithoutInvestors} health component, which stays UP (the hub
 * works; nothing leaks). Ids only: the health answers without a token, and which LP subscribes to
 * which GP is confidential too.
 */
@Component("subscriptionsWithoutInvestors")
class SubscriptionsWithoutInvestors implements HealthIndicator {

  private static final Logger LOG = LoggerFactory.getLogger(SubscriptionsWithoutInvestors.class);

  private volatile List<Long> ids;

  SubscriptionsWithoutInvestors(MeterRegistry registry) {
    // Not checked yet is no value (NaN), not "none".
    Gauge.builder("pmdc.subscriptions.without.investors", this, self -> self.ids == null ? Double.NaN : self.ids.size())
        .register(registry);
  }

  /** Takes the rows of {@code sql/observability/subscriptions-without-investors.sql}: id. */
  public void update(List<Map<String, Object>> rows) {
    List<Long> found = rows.stream().map(row -> ((Number) row.get("id")).longValue()).toList();
    if (!found.isEmpty() && !found.equals(ids)) {
      LOG.warn("{} subscription(s) do not name the investors they represent and receive no investor's lines: {}."
          + " Set them with PUT /api/v1/subscriptions/{id}/investors (docs/operations.md).", found.size(), found);
    }
    ids = found;
  }

  @Override
  public Health health() {
    List<Long> known = ids;
    if (known == null) {
      return Health.unknown().withDetail("reason", "not checked yet").build();
    }
    Health.Builder health = Health.up().withDetail("withoutInvestors", known);
    if (!known.isEmpty()) {
      health.withDetail("action", "PUT /api/v1/subscriptions/{id}/investors");
    }
    return health.build();
  }
}
