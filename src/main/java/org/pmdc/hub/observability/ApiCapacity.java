package org.pmdc.hub.observability;

import org.pmdc.hub.security.BodySlots;
import org.pmdc.hub.security.BodySlots.Refusal;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * How much of the API's capacity is in use, as the {@code apiCapacity} health component: the
 * request bodies being read in their slots ({@link BodySlots}) and the workers that run the API's
 * routes (the application task executor platform-http hands each call to). It reads
 * {@code SATURATED} (without failing the hub) while every body slot is taken or calls wait for a
 * worker; the refusals since the start show what saturation turned away.
 */
@Component("apiCapacity")
class ApiCapacity implements HealthIndicator {

  static final Status SATURATED = new Status("SATURATED", "new calls wait or are refused");

  private final BodySlots bodies;
  private final ThreadPoolTaskExecutor workers;

  ApiCapacity(BodySlots bodies, @Qualifier("applicationTaskExecutor") ThreadPoolTaskExecutor workers) {
    this.bodies = bodies;
    this.workers = workers;
  }

  @Override
  public Health health() {
    int waiting = workers.getQueueSize();
    boolean saturated = bodies.reading() >= bodies.limit() || waiting > 0;
    return (saturated ? Health.status(SATURATED) : Health.up())
        .withDetail("bodiesReading", bodies.reading())
        .withDetail("bodySlots", bodies.limit())
        .withDetail("workersBusy", workers.getActiveCount())
        .withDetail("workers", workers.getCorePoolSize())
        .withDetail("callsWaitingForAWorker", waiting)
        .withDetail("refusedBusy", bodies.refusedFor(Refusal.BUSY) + bodies.refusedFor(Refusal.CLIENT_BUSY))
        .withDetail("refusedTooSlow", bodies.refusedFor(Refusal.TOO_SLOW))
        .withDetail("refusedTooLarge", bodies.refusedFor(Refusal.TOO_LARGE))
        .build();
  }
}
