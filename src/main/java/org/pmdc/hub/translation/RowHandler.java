package org.pmdc.hub.translation;

import java.util.Set;

/** Receives an input's rows as {@link SourceParser} reads them, one at a time. */
interface RowHandler {

  /** The input's columns, known before its first row (a header line, the first JSON object). */
  void columns(Set<String> columns);

  /** @return false to stop reading: the rest of the input is not needed */
  boolean row(SourceRow row);

  /** Both handlers get every row; reading stops when either asks. */
  static RowHandler both(RowHandler first, RowHandler second) {
    return new RowHandler() {
      @Override
      public void columns(Set<String> columns) {
        first.columns(columns);
        second.columns(columns);
      }

      @Override
      public boolean row(SourceRow row) {
        return first.row(row) & second.row(row);
      }
    };
  }
}
