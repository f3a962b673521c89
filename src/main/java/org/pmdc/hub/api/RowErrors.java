package org.pmdc.hub.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The errors (or warnings) of one submission, or of one record of a ledger, as its rows stream by:
 * every one is counted, the first {@value #KEPT} are kept to report. A file with a million bad rows
 * must not fill the heap, and a publisher fixes a systematic mistake from the first thousand
 * examples. The records of one ledger share a {@link Budget}, so that ten thousand bad records
 * cannot fill it either.
 */
public final class RowErrors {

  public static final int KEPT = 1000;

  /** How many errors the records of one file keep between them: the rest are counted only. */
  public static final class Budget {
    private long left;

    public Budget(long kept) {
      this.left = kept;
    }

    private boolean take() {
      if (left == 0) {
        return false;
      }
      left--;
      return true;
    }
  }

  private final Budget budget;

  private final List<RowError> kept = new ArrayList<>();
  /** The fields the kept errors name, alone and with their rows: one error per cause. */
  private final Set<String> fields = new HashSet<>();
  private final Set<String> rowFields = new HashSet<>();
  private long count;
  private boolean anyRowError;

  public RowErrors() {
    this(new Budget(KEPT));
  }

  public RowErrors(Budget budget) {
    this.budget = budget;
  }

  public void add(RowError error) {
    count++;
    anyRowError |= error.row() != null;
    if (kept.size() < KEPT && budget.take()) {
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
