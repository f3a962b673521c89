package org.pmdc.hub.translation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses a publisher's bytes into text rows, as the mapping's {@link SourceFormat} says. CSV: a
 * header line, then one row per line. JSON: an object whose {@code rows} array holds one element
 * per row (every other field of the object is notice-level and repeated on each row), or an array
 * of rows. NDJSON: one object per line. Nested objects flatten to dotted names
 * ({@code totals.investments}). Bytes invalid in the declared charset are an error, not '?'.
 */
final class SourceParser {

  // Exact decimals: 1250.10 stays 1250.10, never a double, never trimmed to 1250.1.
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  private SourceParser() {}

  static SourceRows parse(byte[] raw, Charset charset, SourceFormat format)
      throws UnreadableSourceException {
    if (format.type().equals("xlsx")) {
      return XlsxSource.parse(raw, format);
    }
    String text = decode(raw, charset);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new UnreadableSourceException(null, "the submission is empty");
    }
    return switch (format.type()) {
      case "csv" -> csv(text, format);
      case "json" -> json(text, format);
      case "ndjson" -> ndjson(text);
      default -> throw new IllegalStateException("unknown source type " + format.type());
    };
  }

  /** Strict decoding: bytes that are not valid in the charset are an error, never replaced. */
  private static String decode(byte[] raw, Charset charset) throws UnreadableSourceException {
    ByteBuffer in = ByteBuffer.wrap(raw);
    CharBuffer out = CharBuffer.allocate(raw.length);
    CoderResult result =
        charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (raw[i] == '\n') {
          line++;
        }
      }
      throw new UnreadableSourceException(line, String.format(
          "the file is not valid %s: byte 0x%02X at offset %d; save it as %s or set the mapping's source.encoding (for example windows-1252)",
          charset.name(), raw[offset], offset, charset.name()));
    }
    return out.flip().toString();
  }

  private static SourceRows csv(String text, SourceFormat format) throws UnreadableSourceException {
    CSVFormat csv =
        CSVFormat.DEFAULT.builder()
            .setDelimiter(format.delimiter())
            .setQuote(format.quote().charAt(0))
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), csv)) {
      List<String> header = parser.getHeaderNames();
      List<SourceRow> rows = new ArrayList<>();
      LineCounter lines = new LineCounter(text);
      for (CSVRecord record : parser) {
        int line = lines.lineAt(record.getCharacterPosition());
        if (record.size() != header.size()) {
          throw new UnreadableSourceException(
              line, "row has " + record.size() + " fields but the header has " + header.size());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          values.put(header.get(i), record.get(i));
        }
        rows.add(new SourceRow(line, values));
      }
      return new SourceRows(new LinkedHashSet<>(header), rows);
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw new UnreadableSourceException(null, "the submission is not valid CSV: " + e.getMessage());
    }
  }

  private static SourceRows json(String text, SourceFormat format) throws UnreadableSourceException {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UnreadableSourceException(
          null, "the submission is not valid JSON: " + e.getOriginalMessage() + locationOf(e));
    }
    if (root != null && root.isArray()) {
      return rows(Map.of(), root);
    }
    if (root == null || !root.isObject()) {
      throw new UnreadableSourceException(null, "the submission must be a JSON object or an array of rows");
    }
    JsonNode array = root.path(format.rows());
    if (!array.isArray()) {
      throw new UnreadableSourceException(
          null, "the JSON object has no '" + format.rows() + "' array of rows");
    }
    Map<String, String> header = new LinkedHashMap<>();
    root.fields()
        .forEachRemaining(
            f -> {
              if (!f.getKey().equals(format.rows())) {
                flatten(f.getKey(), f.getValue(), header);
              }
            });
    return rows(header, array);
  }

  /** Newline-delimited JSON: one object per line, numbered by line. */
  private static SourceRows ndjson(String text) throws UnreadableSourceException {
    Set<String> columns = new LinkedHashSet<>();
    List<SourceRow> rows = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        JsonNode node = JSON.readTree(lines.get(i));
        if (!node.isObject()) {
          throw new UnreadableSourceException(i + 1, "the line is not a JSON object");
        }
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", node, values);
        columns.addAll(values.keySet());
        rows.add(new SourceRow(i + 1, values));
      } catch (JsonProcessingException e) {
        throw new UnreadableSourceException(i + 1, "the line is not valid JSON: " + e.getOriginalMessage());
      }
    }
    return new SourceRows(columns, rows);
  }

  private static SourceRows rows(Map<String, String> header, JsonNode array) throws UnreadableSourceException {
    Set<String> columns = new LinkedHashSet<>(header.keySet());
    List<SourceRow> rows = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!array.get(i).isObject()) {
        throw new UnreadableSourceException(i + 1, "row " + (i + 1) + " is not a JSON object");
      }
      Map<String, String> values = new LinkedHashMap<>(header);
      flatten("", array.get(i), values);
      columns.addAll(values.keySet());
      rows.add(new SourceRow(i + 1, values));
    }
    return new SourceRows(columns, rows);
  }

  private static void flatten(String name, JsonNode node, Map<String, String> into) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              f -> flatten(name.isEmpty() ? f.getKey() : name + "." + f.getKey(), f.getValue(), into));
    } else if (node.isNumber()) {
      into.put(name, node.decimalValue().toPlainString());
    } else if (!node.isNull()) {
      into.put(name, node.asText());
    }
  }

  /** Line numbers of character positions, read forwards: a person opening the file sees these. */
  private static final class LineCounter {
    private final String text;
    private int position;
    private int line = 1;

    LineCounter(String text) {
      this.text = text;
    }

    int lineAt(long recordStart) {
      advanceTo(recordStart);
      // A record's position points before any empty lines the parser skipped to reach it.
      while (position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
        advanceTo(position + 1);
      }
      return line;
    }

    private void advanceTo(long target) {
      for (; position < target; position++) {
        if (text.charAt(position) == '\n') {
          line++;
        }
      }
    }
  }

  private static String locationOf(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }
}
