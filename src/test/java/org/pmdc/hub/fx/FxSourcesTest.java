package org.pmdc.hub.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FxSourcesTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 4, 7);

  private static FxSources source(String name) {
    return new FxSources(new FxSettings(name, "https://ecb.test/eurofxref", "https://fx.test",
        Duration.ofDays(7), Duration.ofDays(4), ""), new ObjectMapper());
  }

  @Test
  void theEcbFileCoversTheGapSinceTheLatestStoredRate() {
    FxSources ecb = source("ecb");
    assertThat(ecb.url(MONDAY.minusDays(3), MONDAY)).isEqualTo("https://ecb.test/eurofxref/eurofxref-daily.xml");
    assertThat(ecb.url(MONDAY.minusDays(30), MONDAY)).isEqualTo("https://ecb.test/eurofxref/eurofxref-hist-90d.xml");
    assertThat(ecb.url(MONDAY.minusDays(200), MONDAY)).isEqualTo("https://ecb.test/eurofxref/eurofxref-hist.xml");
    assertThat(ecb.url(null, MONDAY)).isEqualTo("https://ecb.test/eurofxref/eurofxref-hist.xml");
    assertThat(ecb.query()).isNull();
  }

  @Test
  void aFrankfurterApiIsAskedForTheRangeAfterTheLatestStoredRate() {
    FxSources frankfurter = source("frankfurter");
    assertThat(frankfurter.url(LocalDate.of(2025, 4, 3), MONDAY)).isEqualTo("https://fx.test/2025-04-04..2025-04-07");
    assertThat(frankfurter.url(MONDAY, MONDAY)).isEqualTo("https://fx.test/latest");
    assertThat(frankfurter.url(null, MONDAY)).isEqualTo("https://fx.test/2025-01-07..2025-04-07");
    assertThat(frankfurter.query()).isEqualTo("base=EUR");
  }

  @Test
  void anUnknownSourceStopsTheHubAtStart() {
    assertThatThrownBy(() -> source("oanda")).hasMessageContaining("PMDC_FX_SOURCE must be 'ecb' or 'frankfurter'");
  }
}
