package org.pmdc.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What docs/mapping-guide.md promises about expressions: every column reaches them as text. */
class RowExpressionsTest {

  private final RowExpressions expressions = new RowExpressions();
  private final Map<String, String> row = Map.of("Amount", "10", "Type", "Call", "Call No", "8");

  @Test
  void columnsAreTextSoNumbersAreComparedAfterNumber() throws Exception {
    assertThat(expressions.evaluate("$number(Amount) > 9", row)).isEqualTo("true");
    // Text against text compares as text: "10" sorts before "9".
    assertThat(expressions.evaluate("Amount > '9'", row)).isEqualTo("false");
    assertThatThrownBy(() -> expressions.evaluate("Amount > 9", row)).isInstanceOf(RowExpressions.ExpressionException.class);
  }

  @Test
  void textIsComparedAndJoinedAsText() throws Exception {
    assertThat(expressions.evaluate("Type = 'Call' ? 'capital_call' : 'distribution'", row)).isEqualTo("capital_call");
    assertThat(expressions.evaluate("'CC-' & `Call No`", row)).isEqualTo("CC-8");
  }
}
