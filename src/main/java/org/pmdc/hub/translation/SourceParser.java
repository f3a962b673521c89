package org.pmdc.hub.translation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a publisher's input as the mapping's {@link SourceFormat} says, handing each row to a
 * {@link RowHandler} as soon as it is read: an input of any size passes in constant memory. CSV: a
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

  private static final int BLANK_CHECK_CHARS = 4096;

  private SourceParser() {}

  static void parse(Content content, Charset charset, SourceFormat format, RowHandler handler)
      throws IOException {
    switch (format.type()) {
      case "xlsx" -> XlsxSource.parse(content, format, handler);
      case "csv" -> csv(content, charset, format, handler);
      case "json" -> json(content, charset, format, handler);
      case "ndjson" -> ndjson(content, charset, handler);
      default -> throw new IllegalStateException("unknown source type " + format.type());
    }
  }

  private static void csv(Content content, Charset charset, SourceFormat format, RowHandler handler)
      throws IOException {
    CSVFormat csv =
        CSVFormat.DEFAULT.builder()
            .setDelimiter(format.delimiter())
            .setQuote(format.quote().charAt(0))
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();
    try (CSVParser parser = CSVParser.parse(notBlank(reader(content, charset)), csv)) {
      List<String> header = parser.getHeaderNames();
      Map<String, String> numbered = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        numbered.put(Integer.toString(i + 1), header.get(i));
      }
      UnreadableSourceException.requireDistinctColumns(numbered, 1);
      handler.columns(new LinkedHashSet<>(header));
      for (CSVRecord record : parser) {
        int line = firstLineOf(record, parser.getCurrentLineNumber());
        if (record.size() != header.size()) {
          throw new UnreadableSourceException(
              line, "row has " + record.size() + " fields but the header has " + header.size());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          values.put(header.get(i), record.get(i));
        }
        if (!handler.row(new SourceRow(line, values))) {
          return;
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause() instanceof UnreadableSourceException unreadable
          ? unreadable
          : new UnreadableSourceException(null, "the submission is not valid CSV: " + e.getMessage());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UnreadableSourceException(null, "the submission is not valid CSV: " + e.getMessage());
    }
  }

  /**
   * The line a record starts on, as a person opening the file sees it (the header is line 1): the
   * parser counts the line breaks read so far, which includes those inside quoted values.
   */
  private static int firstLineOf(CSVRecord record, long linesRead) {
    long inside = 0;
    for (String value : record) {
      for (int at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', at + 1)) {
        inside++;
      }
    }
    return (int) (linesRead - inside);
  }

  /**
   * An object with a rows array is read twice: first its notice-level fields, which may come after
   * the rows, then the rows, one at a time. An array of rows is read once.
   */
  private static void json(Content content, Charset charset, SourceFormat format, RowHandler handler)
      throws IOException {
    Map<String, String> header = new LinkedHashMap<>();
    boolean rootIsArray;
    try (JsonParser json = JSON.getFactory().createParser(reader(content, charset))) {
      JsonToken root = json.nextToken();
      rootIsArray = root == JsonToken.START_ARRAY;
      if (root == JsonToken.START_OBJECT) {
        readNoticeFields(json, format, header);
      } else if (!rootIsArray) {
        throw new UnreadableSourceException(null, root == null
            ? "the submission is empty" : "the submission must be a JSON object or an array of rows");
      }
    } catch (JsonProcessingException e) {
      throw notJson(e);
    }
    try (JsonParser json = JSON.getFactory().createParser(reader(content, charset))) {
      json.nextToken();
      if (!rootIsArray) {
        skipToRows(json, format);
      }
      readRows(json, header, handler);
    } catch (JsonProcessingException e) {
      throw notJson(e);
    }
  }

  private static void readNoticeFields(JsonParser json, SourceFormat format, Map<String, String> header)
      throws IOException {
    boolean hasRows = false;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      JsonToken value = json.nextToken();
      if (name.equals(format.rows()) && value == JsonToken.START_ARRAY) {
        hasRows = true;
        json.skipChildren();
      } else {
        flatten(name, JSON.readTree(json), header);
      }
    }
    if (!hasRows) {
      throw new UnreadableSourceException(null, "the JSON object has no '" + format.rows() + "' array of rows");
    }
  }

  private static void skipToRows(JsonParser json, SourceFormat format) throws IOException {
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      boolean rows = json.currentName().equals(format.rows());
      if (json.nextToken() == JsonToken.START_ARRAY && rows) {
        return;
      }
      json.skipChildren();
    }
  }

  /** The elements of the array the parser is at, each with the notice-level fields. */
  private static void readRows(JsonParser json, Map<String, String> header, RowHandler handler) throws IOException {
    int number = 0;
    while (json.nextToken() != JsonToken.END_ARRAY) {
      number++;
      JsonNode element = JSON.readTree(json);
      if (!element.isObject()) {
        throw new UnreadableSourceException(number, "row " + number + " is not a JSON object");
      }
      Map<String, String> values = new LinkedHashMap<>(header);
      flatten("", element, values);
      if (number == 1) {
        handler.columns(new LinkedHashSet<>(values.keySet()));
      }
      if (!handler.row(new SourceRow(number, values))) {
        return;
      }
    }
    if (number == 0) {
      handler.columns(new LinkedHashSet<>(header.keySet()));
    }
  }

  /** Newline-delimited JSON: one object per line, numbered by line; the first one names the columns. */
  private static void ndjson(Content content, Charset charset, RowHandler handler) throws IOException {
    try (BufferedReader lines = new BufferedReader(reader(content, charset))) {
      int number = 0;
      boolean first = true;
      for (String line; (line = lines.readLine()) != null; ) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          throw new UnreadableSourceException(number, "the line is not valid JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
          throw new UnreadableSourceException(number, "the line is not a JSON object");
        }
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", node, values);
        if (first) {
          handler.columns(new LinkedHashSet<>(values.keySet()));
          first = false;
        }
        if (!handler.row(new SourceRow(number, values))) {
          return;
        }
      }
      if (first) {
        throw new UnreadableSourceException(null, "the submission is empty");
      }
    }
  }

  /** The reader, reset to its start, unless it holds nothing but white space. */
  private static Reader notBlank(Reader reader) throws IOException {
    BufferedReader buffered = new BufferedReader(reader);
    buffered.mark(BLANK_CHECK_CHARS + 1);
    char[] start = new char[BLANK_CHECK_CHARS];
    int read = buffered.read(start);
    if (read < BLANK_CHECK_CHARS && (read <= 0 || new String(start, 0, read).isBlank())) {
      buffered.close();
      throw new UnreadableSourceException(null, "the submission is empty");
    }
    buffered.reset();
    return buffered;
  }

  private static Reader reader(Content content, Charset charset) throws IOException {
    return new StrictReader(content.open(), charset);
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

  private static UnreadableSourceException notJson(JsonProcessingException e) {
    String location = e.getLocation() == null
        ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    return new UnreadableSourceException(null, "the submission is not valid JSON: " + e.getOriginalMessage() + location);
  }
}
