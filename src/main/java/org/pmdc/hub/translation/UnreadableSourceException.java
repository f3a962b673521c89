package org.pmdc.hub.translation;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.pmdc.hub.api.RowError;

/**
 * The input cannot be parsed in the format its mapping declares. An {@link IOException}, so a
 * {@link java.io.Reader} can throw it from the middle of a stream.
 */
class UnreadableSourceException extends IOException {

  private final RowError error;

  UnreadableSourceException(Integer row, String message) {
    super(message);
    this.error = new RowError(row, null, null, message);
  }

  /**
   * Refuses a header that names a column twice: which of the two a mapping reads would be a guess
   * (the last one used to win, silently). {@code columns} maps each column's label as the publisher
   * sees it (3, or C in a sheet) to its name, in order.
   */
  static void requireDistinctColumns(Map<String, String> columns, int headerRow) throws UnreadableSourceException {
    Map<String, String> firstLabel = new HashMap<>();
    for (Map.Entry<String, String> column : columns.entrySet()) {
      String earlier = firstLabel.putIfAbsent(column.getValue(), column.getKey());
      if (earlier != null && !column.getValue().isEmpty()) {
        throw new UnreadableSourceException(headerRow, "the header names the column '" + column.getValue()
            + "' twice (columns " + earlier + " and " + column.getKey() + "); give each column its own name");
      }
    }
  }

  RowError error() {
    return error;
  }
}
