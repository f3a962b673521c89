package org.pmdc.hub.translation;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo's error path (seed 000): while an administrator has it on, this hub instance treats the
 * translation service as down for every submission it processes, whatever its layout, so each one
 * waits as {@code awaiting_translation} and is taken up again, untouched, once it is switched off.
 * Off by default; the switch exists only when {@code pmdc.demo.translation-outage-switch} is true,
 * and never under the {@code production} profile. Dry runs are not affected.
 */
@Component
public class TranslationOutage {

  private final boolean available;
  private final AtomicBoolean on = new AtomicBoolean();

  TranslationOutage(@Value("${pmdc.demo.translation-outage-switch:false}") boolean available, Environment environment) {
    if (available && Arrays.asList(environment.getActiveProfiles()).contains("production")) {
      throw new IllegalStateException("pmdc.demo.translation-outage-switch is for demonstrations: it may not be"
          + " enabled under the production profile (unset PMDC_DEMO_OUTAGE_SWITCH)");
    }
    this.available = available;
  }

  /** Whether this instance offers the switch at all. */
  public boolean available() {
    return available;
  }

  public boolean isOn() {
    return on.get();
  }

  /** Turns the outage on or off; false when the switch is not available. */
  public boolean set(boolean outage) {
    if (!available) {
      return false;
    }
    on.set(outage);
    return true;
  }

  /** Refuses a submission's translation while the outage is on, as an unavailable service does. */
  void refuseWhileOn() {
    if (on.get()) {
      throw new AwaitingTranslationException(
          "the translation service is down (a demonstration: an administrator switched on its outage)");
    }
  }
}
