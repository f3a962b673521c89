package org.pmdc.hub.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The hub's work in progress, refreshed by the {@code refresh-backlog} route: submissions waiting
 * or being processed, deliveries pending or dead, and how late the most overdue delivery is.
 * Published as Prometheus gauges ({@code pmdc_submissions}, {@code pmdc_deliveries},
 * {@code pmdc_delivery_oldest_due_seconds}) and as the {@code deliveryBacklog} health component,
 * which reads {@code BACKLOGGED} (without failing the hub) when a delivery is overdue longer than
 * the configured threshold.
 */
@Component("deliveryBacklog")
class DeliveryBacklog implements HealthIndicator {

  static final Status BACKLOGGED = new Status("BACKLOGGED", "deliveries are overdue");

  private final MeterRegistry registry;
  private final BacklogSettings settings;
  private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();
  private volatile boolean refreshed;

  DeliveryBacklog(MeterRegistry registry, BacklogSettings settings) {
    this.registry = registry;
    this.settings = settings;
  }

  /** Takes the rows of {@code sql/observability/backlog.sql}: metric, status, value. */
  public void update(List<Map<String, Object>> rows) {
    for (Map<String, Object> row : rows) {
      String metric = (String) row.get("metric");
      String status = (String) row.get("status");
      gauge(metric, status).set(((Number) row.get("value")).longValue());
    }
    refreshed = true;
  }

  private AtomicLong gauge(String metric, String status) {
    return values.computeIfAbsent(
        metric + "/" + status,
        key -> {
          AtomicLong value = new AtomicLong();
          Gauge.builder("pmdc." + metric, value, AtomicLong::get).tag("status", status).register(registry);
          return value;
        });
  }

  private long value(String metric, String status) {
    AtomicLong value = values.get(metric + "/" + status);
    return value == null ? 0 : value.get();
  }

  @Override
  public Health health() {
    if (!refreshed) {
      return Health.unknown().withDetail("reason", "not measured yet").build();
    }
    long oldestDue = value("delivery.oldest.due.seconds", "pending");
    Health.Builder health =
        oldestDue > settings.overdueThreshold().toSeconds() ? Health.status(BACKLOGGED) : Health.up();
    return health
        .withDetail("submissionsWaiting", value("submissions", "received") + value("submissions", "processing"))
        .withDetail("submissionsAwaitingTranslation", value("submissions", "awaiting_translation"))
        .withDetail("deliveriesPending", value("deliveries", "pending"))
        .withDetail("deliveriesDead", value("deliveries", "dead"))
        .withDetail("oldestDueDeliverySeconds", oldestDue)
        .build();
  }
}
