package org.pmdc.hub.canonical;

import java.util.ArrayList;
import java.util.List;

/** A {@link LineSink} for tests: keeps every valid line it is given. */
public final class CollectedLines implements LineSink {

  private final List<ValidatedAllocation> allocations = new ArrayList<>();
  private final List<ReportLine> lines = new ArrayList<>();

  @Override
  public void allocation(ValidatedAllocation allocation) {
    allocations.add(allocation);
  }

  @Override
  public void line(ReportLine line) {
    lines.add(line);
  }

  public List<ValidatedAllocation> allocations() {
    return allocations;
  }

  public List<ReportLine> lines() {
    return lines;
  }
}
