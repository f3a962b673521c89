package org.pmdc.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceParserTest {

  private static final SourceFormat CSV = new SourceFormat("csv", null, null, null, null);
  private static final SourceFormat JSON = new SourceFormat("json", null, null, "allocations", null);

  @Test
  void csvRowsAreNumberedByLineAndAByteOrderMarkIsIgnored() throws Exception {
    SourceRows rows = parse("\uFEFFfund,investor\nGF,LP-1\n\nGF,LP-2\n", CSV);

    assertThat(rows.columns()).containsExactly("fund", "investor");
    assertThat(rows.rows()).extracting(SourceRow::number).containsExactly(2, 4);
    assertThat(rows.rows().get(1).values()).containsEntry("investor", "LP-2");
  }

  @Test
  void jsonNumbersKeepTheirExactDecimalsAndNestedObjectsFlatten() throws Exception {
    SourceRows rows = parse("""
        {"fundId": "GF", "totals": {"amount": 1234567890.10},
         "allocations": [{"investorId": "LP-1", "amount": 0.1}, {"investorId": "LP-2", "amount": "7"}]}
        """, JSON);

    assertThat(rows.rows()).hasSize(2);
    assertThat(rows.rows().get(0).values())
        .containsEntry("fundId", "GF").containsEntry("totals.amount", "1234567890.10").containsEntry("amount", "0.1");
    assertThat(rows.rows().get(1).number()).isEqualTo(2);
  }

  @Test
  void unreadableInputSaysWhy() {
    assertThatThrownBy(() -> parse("{\"fundId\": ", JSON)).hasMessageStartingWith("the submission is not valid JSON");
    assertThatThrownBy(() -> parse("[1, 2]", JSON)).hasMessage("the submission must be a JSON object");
    assertThatThrownBy(() -> parse("{\"rows\": []}", JSON)).hasMessage("the JSON object has no 'allocations' array of rows");
    assertThatThrownBy(() -> parse("  ", CSV)).hasMessage("the submission is empty");
  }

  private static SourceRows parse(String text, SourceFormat format) throws UnreadableSourceException {
    return SourceParser.parse(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, format);
  }
}
