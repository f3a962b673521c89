package org.pmdc.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceParserTest {

  private static final SourceFormat CSV = SourceFormat.of("csv");
  private static final SourceFormat JSON = SourceFormat.of("json");

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
    assertThatThrownBy(() -> parse("[1, 2]", JSON)).hasMessage("row 1 is not a JSON object");
    assertThatThrownBy(() -> parse("\"text\"", JSON)).hasMessage("the submission must be a JSON object or an array of rows");
    assertThatThrownBy(() -> parse("{\"rows\": []}", JSON)).hasMessage("the JSON object has no 'allocations' array of rows");
    assertThatThrownBy(() -> parse("  ", CSV)).hasMessage("the submission is empty");
  }

  private static SourceRows parse(String text, SourceFormat format) throws UnreadableSourceException {
    return SourceParser.parse(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, format);
  }

  @Test
  void aRootArrayAndNdjsonAreRows() throws Exception {
    SourceRows array = parse("[{\"investorId\": \"LP-1\"}, {\"investorId\": \"LP-2\"}]", JSON);
    SourceRows lines = parse("{\"investorId\": \"LP-1\"}\n\n{\"investorId\": \"LP-2\", \"amount\": 5.50}\n",
        SourceFormat.of("ndjson"));

    assertThat(array.rows()).extracting(r -> r.values().get("investorId")).containsExactly("LP-1", "LP-2");
    assertThat(lines.rows()).extracting(SourceRow::number).containsExactly(1, 3);
    assertThat(lines.rows().get(1).values()).containsEntry("amount", "5.50");
    assertThatThrownBy(() -> parse("{\"a\": 1}\n{oops}\n", SourceFormat.of("ndjson")))
        .hasMessageStartingWith("the line is not valid JSON");
  }

  @Test
  void bytesInvalidInTheCharsetAreReportedWithTheirLine() {
    byte[] latin1 = "fund,investor\nGF,Soci\u00e9t\u00e9 G\u00e9n\u00e9rale\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> SourceParser.parse(latin1, StandardCharsets.UTF_8, CSV))
        .isInstanceOfSatisfying(UnreadableSourceException.class, e -> assertThat(e.error().row()).isEqualTo(2))
        .hasMessageStartingWith("the file is not valid UTF-8: byte 0xE9 at offset 21");
  }

  @Test
  void windows1252IsReadWhenTheMappingSaysSo() throws Exception {
    byte[] cp1252 = "fund,investor\nGF,Soci\u00e9t\u00e9 \u20ac\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));

    SourceRows rows = SourceParser.parse(cp1252, java.nio.charset.Charset.forName("windows-1252"), CSV);

    assertThat(rows.rows().get(0).values()).containsEntry("investor", "Soci\u00e9t\u00e9 \u20ac");
  }

  @Test
  void aSemicolonSeparatedFileWithSingleQuotesIsRead() throws Exception {
    SourceFormat format = new SourceFormat("csv", ";", "'", null, null, null, ",", ".", null, null, null);

    SourceRows rows = parse("fund;name;amount\nGF;'Smith; Jones';'1.234,56'\n", format);

    assertThat(rows.rows().get(0).values()).containsEntry("name", "Smith; Jones").containsEntry("amount", "1.234,56");
  }
}
