package org.pmdc.hub.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

  @Test
  void aValueThatStartsLikeAFormulaIsShownAsText() {
    assertThat(SpreadsheetText.defused("=HYPERLINK(\"http://evil.example\")")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
    assertThat(SpreadsheetText.defused("+cmd|' /C calc'!A0")).startsWith("'+");
    assertThat(SpreadsheetText.defused("@SUM(A1:A9)")).startsWith("'@");
    assertThat(SpreadsheetText.defused("-2+3")).isEqualTo("'-2+3");
    assertThat(SpreadsheetText.defused("\tx")).isEqualTo("'\tx");
  }

  @Test
  void numbersAndOrdinaryTextStayAsTheyAre() {
    assertThat(SpreadsheetText.defused("-1500.00")).isEqualTo("-1500.00");
    assertThat(SpreadsheetText.defused("+42")).isEqualTo("+42");
    assertThat(SpreadsheetText.defused("Maple Teachers' Pension Plan")).isEqualTo("Maple Teachers' Pension Plan");
    assertThat(SpreadsheetText.defused("")).isEmpty();
  }
}
