package org.pmdc.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassCounterTest {

  /** What the counter told, one entry per call. */
  private final List<String> told = new ArrayList<>();
  private final PassCounter counter = new PassCounter(new PassProgress() {
    @Override
    public void read(long bytesRead, long rowsRead) {
      told.add(rowsRead + " rows, " + bytesRead + " bytes");
    }

    @Override
    public void readAll(long rowsRead) {
      told.add("all read: " + rowsRead + " rows");
    }
  });

  @Test
  void eachRowIsToldWithTheBytesTheParserHasTakenAndTheEndWithTheRows() throws Exception {
    byte[] csv = "a,b\n1,2\n3,4\n".getBytes(StandardCharsets.UTF_8); // 12 bytes, two rows
    Content content = counter.counting(() -> new ByteArrayInputStream(csv));

    SourceParser.parse(content, StandardCharsets.UTF_8, SourceFormat.of("csv"), counter.counting(SourceSample.firstRowsOf(10)));
    counter.readAll();

    // The parser reads ahead in blocks: the whole small file is taken before the first row.
    assertThat(told).containsExactly("1 rows, 12 bytes", "2 rows, 12 bytes", "all read: 2 rows");
  }

  @Test
  void openingTheInputAgainStartsTheCountAgain() throws Exception {
    byte[] csv = "a\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8);
    Content content = counter.counting(() -> new ByteArrayInputStream(csv));
    SourceParser.parse(content, StandardCharsets.UTF_8, SourceFormat.of("csv"), counter.counting(SourceSample.head()));
    told.clear();

    SourceParser.parse(content, StandardCharsets.UTF_8, SourceFormat.of("csv"), counter.counting(SourceSample.firstRowsOf(10)));
    counter.readAll();

    assertThat(told).containsExactly("1 rows, 8 bytes", "2 rows, 8 bytes", "3 rows, 8 bytes", "all read: 3 rows");
  }
}
