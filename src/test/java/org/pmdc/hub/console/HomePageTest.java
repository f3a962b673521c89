package org.pmdc.hub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HomePageTest {

  @Test
  void tenBusinessDaysFromAMondayEndOnTheFridayOfTheNextWeekButOne() {
    // Monday 7 December 2026: 8-11 (4), 14-18 (5), 21 (1).
    assertThat(HomePage.businessDaysAfter(LocalDate.of(2026, 12, 7), 10)).isEqualTo(LocalDate.of(2026, 12, 21));
  }

  @Test
  void aWeekendDayCountsFromTheMondayAfter() {
    // Saturday 12 December 2026: Monday 14 is the first business day after it.
    assertThat(HomePage.businessDaysAfter(LocalDate.of(2026, 12, 12), 1)).isEqualTo(LocalDate.of(2026, 12, 14));
    assertThat(HomePage.businessDaysAfter(LocalDate.of(2026, 12, 11), 1)).isEqualTo(LocalDate.of(2026, 12, 14));
  }
}
