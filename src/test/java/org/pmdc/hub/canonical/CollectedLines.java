package org.pmdc.hub.canonical;

import java.util.ArrayList;
import java.util.List;

/** A {@link LineSink} for tests: keeps every valid line it is given. */
public final class CollectedLines implements LineSink {

  public final List<ValidatedAllocation> allocations = new ArrayList<>();
  public final List<ReportLine> lines = new ArrayList<>();

  @Override
  public void allocation(ValidatedAllocation allocation) {
    allocations.add(allocation);
  }

  @Override
  public void line(ReportLine line) {
    lines.add(line);
  }
}
