package org.pmdc.hub.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrankfurterAnswersTest {

  @Test
  void oneDayKeepsEveryDigitAsWritten() {
    assertThat(FrankfurterAnswers.json("""
        {"amount": 1.0, "base": "EUR", "date": "2025-03-31", "rates": {"USD": 1.0815, "CAD": 1.55330}}"""))
        .containsExactly(
            new PublishedRate(LocalDate.of(2025, 3, 31), "EUR", "USD", new BigDecimal("1.0815")),
            new PublishedRate(LocalDate.of(2025, 3, 31), "EUR", "CAD", new BigDecimal("1.55330")));
  }

  @Test
  void aRangeGivesEachDayItPublished() {
    assertThat(FrankfurterAnswers.json("""
        {"amount": 1.0, "base": "EUR", "start_date": "2025-03-28", "end_date": "2025-03-31",
         "rates": {"2025-03-28": {"USD": 1.0797}, "2025-03-31": {"USD": 1.0815}}}"""))
        .extracting(PublishedRate::date)
        .containsExactly(LocalDate.of(2025, 3, 28), LocalDate.of(2025, 3, 31));
  }

  @Test
  void anAnswerWithoutRatesOrWithABadOneIsRefused() {
    assertThatThrownBy(() -> FrankfurterAnswers.json("{\"message\": \"not found\"}"))
        .hasMessageContaining("no base or no rates");
    assertThatThrownBy(() -> FrankfurterAnswers.json("{\"base\": \"EUR\", \"date\": \"2025-03-31\", \"rates\": {\"USD\": \"x\"}}"))
        .hasMessageContaining("USD on 2025-03-31 is not a positive number");
    assertThatThrownBy(() -> FrankfurterAnswers.json("<html>")).hasMessageStartingWith("not a Frankfurter answer");
  }
}
