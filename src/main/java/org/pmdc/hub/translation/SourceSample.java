package org.pmdc.hub.translation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns of an input, its first rows and how many rows it has: what recognition looks at and
 * what the preview shows. Collects up to {@code limit} rows; stops the reading there when asked.
 */
final class SourceSample implements RowHandler {

  private final int limit;
  private final boolean stopAtLimit;
  private final List<SourceRow> rows = new ArrayList<>();
  private Set<String> columns = Set.of();
  private long rowCount;

  private SourceSample(int limit, boolean stopAtLimit) {
    this.limit = limit;
    this.stopAtLimit = stopAtLimit;
  }

  /** The columns and first row only: reading stops there. */
  static SourceSample head() {
    return new SourceSample(1, true);
  }

  /** The first {@code limit} rows, and a count of all of them. */
  static SourceSample firstRowsOf(int limit) {
    return new SourceSample(limit, false);
  }

  @Override
  public void columns(Set<String> columns) {
    this.columns = Collections.unmodifiableSet(new LinkedHashSet<>(columns));
  }

  @Override
  public boolean row(SourceRow row) {
    rowCount++;
    if (rows.size() < limit) {
      rows.add(row);
    }
    return !(stopAtLimit && rows.size() == limit);
  }

  Set<String> columns() {
    return columns;
  }

  List<SourceRow> rows() {
    return rows;
  }

  long rowCount() {
    return rowCount;
  }
}
