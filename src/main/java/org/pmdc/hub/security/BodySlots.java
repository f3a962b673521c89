package org.pmdc.hub.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The request bodies being read now, overall and per client, within the limits of
 * {@link SecuritySettings}: a body is read only in a slot, so slow senders hold a bounded number of
 * the server's threads and one client cannot take them all. Counts what it refuses, for the health
 * and the metrics ({@code pmdc_http_bodies_reading}, {@code pmdc_http_bodies_refused_total}).
 */
@Component
public class BodySlots {

  /** Why a body was not read in full. */
  public enum Refusal { BUSY, CLIENT_BUSY, TOO_SLOW, TOO_LARGE }

  /** A slot taken; closing it gives it back. */
  interface Slot extends AutoCloseable {
    @Override
    void close();
  }

  private final AtomicInteger reading = new AtomicInteger();
  private final Map<String, Integer> readingByClient = new ConcurrentHashMap<>();
  private final Map<Refusal, Counter> refusals = new ConcurrentHashMap<>();
  private final SecuritySettings settings;
  private final MeterRegistry registry;

  BodySlots(SecuritySettings settings, MeterRegistry registry) {
    this.settings = settings;
    this.registry = registry;
    Gauge.builder("pmdc.http.bodies.reading", reading, AtomicInteger::get)
        .description("Request bodies being read").register(registry);
  }

  /** A slot for one body of {@code client}, or the refusal when every slot (its own or the hub's) is taken. */
  Slot take(String client) throws Refused {
    if (reading.incrementAndGet() > settings.maxConcurrentBodies()) {
      reading.decrementAndGet();
      throw refused(Refusal.BUSY);
    }
    boolean[] admitted = {false};
    readingByClient.compute(client, (c, count) -> {
      int now = count == null ? 0 : count;
      admitted[0] = now < settings.maxConcurrentBodiesPerClient();
      return admitted[0] ? now + 1 : count;
    });
    if (!admitted[0]) {
      reading.decrementAndGet();
      throw refused(Refusal.CLIENT_BUSY);
    }
    return () -> {
      readingByClient.computeIfPresent(client, (c, count) -> count == 1 ? null : count - 1);
      reading.decrementAndGet();
    };
  }

  /** Counts a refusal and returns it to throw. */
  Refused refused(Refusal reason) {
    refusals.computeIfAbsent(reason, r -> Counter.builder("pmdc.http.bodies.refused")
        .description("Request bodies refused before they were read in full")
        .tag("reason", r.name().toLowerCase(Locale.ROOT)).register(registry)).increment();
    return new Refused(reason);
  }

  /** Bodies being read now. */
  public int reading() {
    return reading.get();
  }

  /** Bodies this hub instance reads at once. */
  public int limit() {
    return settings.maxConcurrentBodies();
  }

  /** Bodies refused since the start, for a reason. */
  public long refusedFor(Refusal reason) {
    Counter counter = refusals.get(reason);
    return counter == null ? 0 : (long) counter.count();
  }

  /** A body that is not read, and why. */
  static final class Refused extends Exception {
    private final Refusal reason;

    Refused(Refusal reason) {
      super(reason.name(), null, false, false);
      this.reason = reason;
    }

    Refusal reason() {
      return reason;
    }
  }
}
