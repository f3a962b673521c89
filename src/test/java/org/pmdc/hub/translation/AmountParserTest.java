package org.pmdc.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountParserTest {

  private final AmountParser point = new AmountParser(".", ",");
  private final AmountParser comma = new AmountParser(",", ".");
  private final AmountParser spaced = new AmountParser(",", " ");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "1250000.00|1250000.00",
      "1,250,000.00|1250000.00",
      "$1,250.50|1250.50",
      "1,250.50 €|1250.50",
      "(1,234.56)|-1234.56",
      "($1,234.56)|-1234.56",
      "-1234.56|-1234.56",
      "1234.56-|-1234.56",
      ".5|0.5",
      "0|0",
  })
  void readsAmountsWithADecimalPoint(String text, String expected) {
    assertThat(point.parse(text)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "1.234,56|1234.56",
      "1.250.000|1250000",
      "(1.234,56)|-1234.56",
      "1234,5|1234.5",
  })
  void readsAmountsWithADecimalComma(String text, String expected) {
    assertThat(comma.parse(text)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"1 234 567,89|1234567.89", "1\u00A0234,5|1234.5"})
  void readsSpaceGroupedAmounts(String text, String expected) {
    assertThat(spaced.parse(text)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"1.234,56", "12,34.5", "1,2345.00", "3OO000.00", "12x", "1.2.3", "--5", "(5"})
  void refusesWhatItCannotReadUnambiguously(String text) {
    assertThat(point.parse(text)).isNull();
  }
}
