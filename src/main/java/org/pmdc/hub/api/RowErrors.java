package org.pmdc.hub.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The errors (or warnings) of one submission as its rows stream by: every one is counted, the
 * first {@value #KEPT} are kept to report. A file with a million bad rows must not fill the heap,
 * and a publisher fixes a systematic mistake from the first thousand examples.
 */
public final class RowErrors {

  public static final int KEPT = 1000;

  private final List<RowError> kept = new ArrayList<>();
  /** The fields the kept errors name, alone and with their rows: one error per cause. */
  private final Set<String> fields = new HashSet<>();
  private final Set<String> rowFields = new HashSet<>();
  private long count;
  private boolean anyRowError;

  public void add(RowError error) {
    count++;
    anyRowError |= error.row() != null;
    if (kept.size() < KEPT) {
      kept.add(error);
      if (error.field() != null) {
        fields.add(error.field());
        rowFields.add(error.row() + " " + error.field());
      }
    }
  }

  /**
   * Whether an error already names this field, in this row ({@code row} given) or in any
   * ({@code row} null): a value that could not be read, or a column that is missing, is one error,
   * not another "required field is missing" beside it. Looked up among the kept errors.
   */
  public boolean concerns(Integer row, String field) {
    return row == null ? fields.contains(field) : rowFields.contains(row + " " + field);
  }

  public boolean isEmpty() {
    return count == 0;
  }

  /** All errors added, kept or not. */
  public long count() {
    return count;
  }

  /** Whether any error concerns a single row (not the notice as a whole). */
  public boolean anyRowError() {
    return anyRowError;
  }

  /** The first {@value #KEPT}, in the order they were found. */
  public List<RowError> kept() {
    return List.copyOf(kept);
  }
}
