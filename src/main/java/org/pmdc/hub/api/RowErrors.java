package org.pmdc.hub.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors (or warnings) of one submission as its rows stream by: every one is counted, the
 * first {@value #KEPT} are kept to report. A file with a million bad rows must not fill the heap,
 * and a publisher fixes a systematic mistake from the first thousand examples.
 */
public final class RowErrors {

  public static final int KEPT = 1000;

  private final List<RowError> kept = new ArrayList<>();
  private long count;
  private boolean anyRowError;

  public void add(RowError error) {
    count++;
    anyRowError |= error.row() != null;
    if (kept.size() < KEPT) {
      kept.add(error);
    }
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
