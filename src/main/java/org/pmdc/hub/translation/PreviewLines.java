package org.pmdc.hub.translation;

import java.util.ArrayList;
import java.util.List;
import org.pmdc.hub.canonical.LineSink;
import org.pmdc.hub.canonical.ReportLine;
import org.pmdc.hub.canonical.ValidatedAllocation;

/** The first valid lines of a previewed input's first record, kept as they pass on to staging. */
final class PreviewLines {

  private final int limit;
  private final List<ValidatedAllocation> allocations = new ArrayList<>();
  private final List<ReportLine> lines = new ArrayList<>();

  PreviewLines(int limit) {
    this.limit = limit;
  }

  LineSink before(LineSink next) {
    return new LineSink() {
      @Override
      public void allocation(ValidatedAllocation allocation) {
        if (allocations.size() < limit) {
          allocations.add(allocation);
        }
        next.allocation(allocation);
      }

      @Override
      public void line(ReportLine line) {
        if (lines.size() < limit) {
          lines.add(line);
        }
        next.line(line);
      }

      @Override
      public LineSink record(int recordNo) {
        return recordNo == 1 ? before(next.record(1)) : next.record(recordNo);
      }
    };
  }

  List<ValidatedAllocation> allocations() {
    return allocations;
  }

  List<ReportLine> lines() {
    return lines;
  }
}
