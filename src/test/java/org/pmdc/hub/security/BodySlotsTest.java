package org.pmdc.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.security.BodySlots.Refusal;
import org.springframework.util.unit.DataSize;

class BodySlotsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final BodySlots slots = new BodySlots(settings(3, 2), registry);

  @Test
  void aClientGetsItsShareAndTheInstanceItsTotalAndASlotGivenBackIsFreeAgain() throws Exception {
    BodySlots.Slot first = slots.take("gp-a");
    slots.take("gp-a");
    assertThatThrownBy(() -> slots.take("gp-a")).isInstanceOfSatisfying(BodySlots.Refused.class,
        refused -> assertThat(refused.reason()).isEqualTo(Refusal.CLIENT_BUSY));
    slots.take("gp-b");
    assertThatThrownBy(() -> slots.take("gp-c")).isInstanceOfSatisfying(BodySlots.Refused.class,
        refused -> assertThat(refused.reason()).isEqualTo(Refusal.BUSY));
    assertThat(slots.reading()).isEqualTo(3);

    first.close();

    assertThat(slots.reading()).isEqualTo(2);
    slots.take("gp-c");
    assertThat(slots.refusedFor(Refusal.BUSY)).isEqualTo(1);
    assertThat(slots.refusedFor(Refusal.CLIENT_BUSY)).isEqualTo(1);
    assertThat(registry.get("pmdc.http.bodies.reading").gauge().value()).isEqualTo(3.0);
  }

  private static SecuritySettings settings(int bodies, int perClient) {
    return new SecuritySettings("http://localhost", "pmdc-hub", Duration.ofMinutes(15), null, null, "sub", "pmdc-admin",
        null, null, null, null, Duration.ofHours(24), 100, 200, DataSize.ofMegabytes(1), Duration.ofSeconds(10),
        DataSize.ofKilobytes(1), bodies, perClient, 10, 10, Duration.ofMinutes(1));
  }
}
