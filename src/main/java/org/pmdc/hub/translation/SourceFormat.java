package org.pmdc.hub.translation;

import java.util.Map;

/**
 * How a publisher's file is parsed into rows and how its values are written.
 *
 * @param type {@code csv}, {@code json} (an object whose {@code rows} array holds the rows, or an
 *     array of rows), {@code ndjson} (one JSON object per line) or {@code xlsx}
 * @param delimiter CSV field separator
 * @param quote CSV quote character
 * @param encoding character set of the file when the request does not name one
 * @param rows JSON: the array holding one element per allocation (the rest is the notice header)
 * @param dateFormat default pattern for dates (java.time), ISO {@code yyyy-MM-dd} when absent
 * @param decimalSeparator {@code .} (1,234.56) or {@code ,} (1.234,56)
 * @param groupingSeparator thousands separator: {@code ,} {@code .} {@code ' '} or {@code '}; by
 *     default the one the decimal separator is not
 * @param sheet XLSX: the sheet to read, by name; the first sheet when absent
 * @param headerRow XLSX: the row (from 1) holding the table's column names; the rows below it up
 *     to the first empty row are the table
 * @param cells XLSX: single cells read as notice-level columns, e.g. {@code {fund: B2}} — the
 *     header block above a table
 */
public record SourceFormat(
    String type,
    String delimiter,
    String quote,
    String encoding,
    String rows,
    String dateFormat,
    String decimalSeparator,
    String groupingSeparator,
    String sheet,
    Integer headerRow,
    Map<String, String> cells) {

  public SourceFormat {
    delimiter = delimiter == null ? "," : delimiter;
    quote = quote == null ? "\"" : quote;
    encoding = encoding == null ? "UTF-8" : encoding;
    rows = rows == null ? "allocations" : rows;
    dateFormat = dateFormat == null ? "yyyy-MM-dd" : dateFormat;
    decimalSeparator = decimalSeparator == null ? "." : decimalSeparator;
    groupingSeparator =
        groupingSeparator != null ? groupingSeparator : decimalSeparator.equals(",") ? "." : ",";
    headerRow = headerRow == null ? 1 : headerRow;
    cells = cells == null ? Map.of() : Map.copyOf(cells);
  }

  /** The format with defaults only: for tests and the simplest mappings. */
  static SourceFormat of(String type) {
    return new SourceFormat(type, null, null, null, null, null, null, null, null, null, null);
  }
}
