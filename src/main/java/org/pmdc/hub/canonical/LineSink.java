package org.pmdc.hub.canonical;

/**
 * Where valid lines go as they stream by: the staging table, or the preview's sample. A notice's
 * lines are allocations (typed), a report's are canonical JSON lines.
 */
public interface LineSink {

  void allocation(ValidatedAllocation allocation);

  void line(ReportLine line);
}
