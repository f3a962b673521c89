package org.pmdc.hub.translation;

/**
 * How a publisher's file is parsed into rows and how its values are written.
 *
 * @param type {@code csv}, {@code json} (an object whose {@code rows} array holds the rows, or an
 *     array of rows) or {@code ndjson} (one JSON object per line)
 * @param delimiter CSV field separator
 * @param quote CSV quote character
 * @param encoding character set of the file when the request does not name one
 * @param rows JSON: the array holding one element per allocation (the rest is the notice header)
 * @param dateFormat default pattern for dates (java.time), ISO {@code yyyy-MM-dd} when absent
 * @param decimalSeparator {@code .} (1,234.56) or {@code ,} (1.234,56)
 * @param groupingSeparator thousands separator: {@code ,} {@code .} {@code ' '} or {@code '}; by
 *     default the one the decimal separator is not
 */
public record SourceFormat(
    String type,
    String delimiter,
    String quote,
    String encoding,
    String rows,
    String dateFormat,
    String decimalSeparator,
    String groupingSeparator) {

  public SourceFormat {
    delimiter = delimiter == null ? "," : delimiter;
    quote = quote == null ? "\"" : quote;
    encoding = encoding == null ? "UTF-8" : encoding;
    rows = rows == null ? "allocations" : rows;
    dateFormat = dateFormat == null ? "yyyy-MM-dd" : dateFormat;
    decimalSeparator = decimalSeparator == null ? "." : decimalSeparator;
    groupingSeparator =
        groupingSeparator != null ? groupingSeparator : decimalSeparator.equals(",") ? "." : ",";
  }

  /** The format with defaults only: for tests and the simplest mappings. */
  static SourceFormat of(String type) {
    return new SourceFormat(type, null, null, null, null, null, null, null);
  }
}
