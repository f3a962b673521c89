package org.pmdc.hub.translation;

/**
 * How a publisher's file is parsed into rows.
 *
 * @param type {@code csv} or {@code json}
 * @param delimiter CSV field separator
 * @param encoding character set of the file when the request does not name one
 * @param rows JSON: the array holding one element per allocation (the rest is the notice header)
 * @param dateFormat default pattern for dates (java.time), ISO {@code yyyy-MM-dd} when absent
 */
public record SourceFormat(
    String type, String delimiter, String encoding, String rows, String dateFormat) {

  public SourceFormat {
    delimiter = delimiter == null ? "," : delimiter;
    encoding = encoding == null ? "UTF-8" : encoding;
    rows = rows == null ? "allocations" : rows;
    dateFormat = dateFormat == null ? "yyyy-MM-dd" : dateFormat;
  }
}
