package org.pmdc.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceParserTest {

  private static final SourceFormat CSV = SourceFormat.of("csv");
  private static final SourceFormat JSON = SourceFormat.of("json");

  @Test
  void csvRowsAreNumberedByLineAndAByteOrderMarkIsIgnored() throws Exception {
    SourceSample rows = parse("\uFEFFfund,investor\nGF,LP-1\n\nGF,LP-2\n", CSV);

    assertThat(rows.columns()).containsExactly("fund", "investor");
    assertThat(rows.rows()).extracting(SourceRow::number).containsExactly(2, 4);
    assertThat(rows.rows().get(1).values()).containsEntry("investor", "LP-2");
  }

  @Test
  void jsonNumbersKeepTheirExactDecimalsAndNestedObjectsFlatten() throws Exception {
    SourceSample rows = parse("""
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

  @Test
  void aHeaderThatNamesAColumnTwiceIsRefusedNamingIt() {
    assertThatThrownBy(() -> parse("fund,investor,amount,note,amount\nGF,LP-1,10,x,20\n", CSV))
        .hasMessage("the header names the column 'amount' twice (columns 3 and 5); give each column its own name");
  }

  private static SourceSample parse(String text, SourceFormat format) throws IOException {
    return parse(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, format);
  }

  private static SourceSample parse(byte[] bytes, Charset charset, SourceFormat format) throws IOException {
    SourceSample sample = SourceSample.firstRowsOf(100);
    SourceParser.parse(() -> new ByteArrayInputStream(bytes), charset, format, sample);
    return sample;
  }

  @Test
  void aRootArrayAndNdjsonAreRows() throws Exception {
    SourceSample array = parse("[{\"investorId\": \"LP-1\"}, {\"investorId\": \"LP-2\"}]", JSON);
    SourceSample lines = parse("{\"investorId\": \"LP-1\"}\n\n{\"investorId\": \"LP-2\", \"amount\": 5.50}\n",
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

    assertThatThrownBy(() -> parse(latin1, StandardCharsets.UTF_8, CSV))
        .isInstanceOfSatisfying(UnreadableSourceException.class, e -> assertThat(e.error().row()).isEqualTo(2))
        .hasMessageStartingWith("the file is not valid UTF-8: byte 0xE9 at offset 21");
  }

  @Test
  void windows1252IsReadWhenTheMappingSaysSo() throws Exception {
    byte[] cp1252 = "fund,investor\nGF,Soci\u00e9t\u00e9 \u20ac\n".getBytes(Charset.forName("windows-1252"));

    SourceSample rows = parse(cp1252, Charset.forName("windows-1252"), CSV);

    assertThat(rows.rows().get(0).values()).containsEntry("investor", "Soci\u00e9t\u00e9 \u20ac");
  }

  @Test
  void aSemicolonSeparatedFileWithSingleQuotesIsRead() throws Exception {
    SourceFormat format = new SourceFormat("csv", ";", "'", null, null, null, ",", ".", null, null, null);

    SourceSample rows = parse("fund;name;amount\nGF;'Smith; Jones';'1.234,56'\n", format);

    assertThat(rows.rows().get(0).values()).containsEntry("name", "Smith; Jones").containsEntry("amount", "1.234,56");
  }

  @Test
  void aQuotedValueOverSeveralLinesKeepsTheLineNumbersOfTheRowsAfterIt() throws Exception {
    SourceSample rows = parse("investor,note\nLP-1,\"two\nlines\"\n\nLP-2,x\nLP-3,y", CSV);

    assertThat(rows.rows()).extracting(SourceRow::number).containsExactly(2, 5, 6);
  }

  @Test
  void anInvalidByteFarIntoALargeFileIsFoundAtItsExactOffsetAndLine() {
    StringBuilder csv = new StringBuilder("fund,investor\n");
    for (int i = 0; i < 2000; i++) {
      csv.append("GF,LP-").append(i).append('\n');
    }
    byte[] valid = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(valid, valid.length + 4);
    System.arraycopy(new byte[] {'G', 'F', ',', (byte) 0xE9}, 0, bytes, valid.length, 4);

    assertThatThrownBy(() -> parse(bytes, StandardCharsets.UTF_8, CSV))
        .isInstanceOfSatisfying(UnreadableSourceException.class, e -> assertThat(e.error().row()).isEqualTo(2002))
        .hasMessageStartingWith("the file is not valid UTF-8: byte 0xE9 at offset " + (valid.length + 3));
  }

  @Test
  void aHandlerThatHasWhatItNeedsStopsTheReading() throws Exception {
    SourceSample head = SourceSample.head();
    SourceParser.parse(() -> new ByteArrayInputStream("a\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8, CSV, head);

    assertThat(head.rowCount()).isEqualTo(1);
  }

  @Test
  void aJsonObjectsNoticeFieldsMayFollowItsRows() throws Exception {
    SourceSample rows = parse("{\"allocations\": [{\"investorId\": \"LP-1\"}], \"fundId\": \"GF\"}", JSON);

    assertThat(rows.rows().get(0).values()).containsEntry("fundId", "GF").containsEntry("investorId", "LP-1");
  }
}
