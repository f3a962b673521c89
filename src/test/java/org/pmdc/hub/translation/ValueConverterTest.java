package org.pmdc.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.canonical.FieldType;

class ValueConverterTest {

  private final ValueConverter iso = new ValueConverter(SourceFormat.of("csv"));
  private final FieldRule column = FieldRule.ofColumn("date");

  @Test
  void aDayThatDoesNotExistIsAnErrorNotTheLastDayOfTheMonth() {
    assertThatThrownBy(() -> iso.convert("2026-11-31", FieldType.DATE, column))
        .hasMessage("not a valid date in the format yyyy-MM-dd");
    assertThatThrownBy(() -> iso.convert("2026-02-29", FieldType.DATE, column))
        .hasMessage("not a valid date in the format yyyy-MM-dd");
  }

  @Test
  void datesFollowTheFieldsPatternOrTheSources() throws Exception {
    assertThat(iso.convert("2028-02-29", FieldType.DATE, column)).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(iso.convert("4/12/2026", FieldType.DATE, new FieldRule("date", null, null, null, "d/M/yyyy")))
        .isEqualTo(LocalDate.of(2026, 12, 4));
  }

  @Test
  void aMonthIsWrittenAsTheMonthOrItsFirstDayAndAnyOtherDayIsAnError() throws Exception {
    assertThat(iso.convert("2025-03", FieldType.MONTH, column)).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(iso.convert("2025-03-01", FieldType.MONTH, column)).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThatThrownBy(() -> iso.convert("2025-03-15", FieldType.MONTH, column))
        .hasMessage("a month is its first day (2025-03-01) or 2024-03, not another day");
    assertThatThrownBy(() -> iso.convert("2025-13", FieldType.MONTH, column))
        .hasMessage("not a month: write it 2024-03 or as its first day in the format yyyy-MM-dd");
  }

  @Test
  void currenciesAreIso4217Codes() throws Exception {
    assertThat(iso.convert(" usd ", FieldType.CURRENCY, column)).isEqualTo("USD");
    assertThatThrownBy(() -> iso.convert("USX", FieldType.CURRENCY, column)).hasMessage("not an ISO 4217 currency code");
    assertThatThrownBy(() -> iso.convert("US", FieldType.CURRENCY, column)).hasMessage("not an ISO 4217 currency code");
  }

  @Test
  void blankIsAbsent() throws Exception {
    assertThat(iso.convert("  ", FieldType.AMOUNT, column)).isNull();
  }
}
