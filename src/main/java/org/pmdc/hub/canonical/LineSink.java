package org.pmdc.hub.canonical;

/**
 * Where valid lines go as they stream by: the staging table, or the preview's sample. A notice's
 * lines are allocations (typed), a report's are canonical JSON lines.
 */
public interface LineSink {

  void allocation(ValidatedAllocation allocation);

  void line(ReportLine line);

  /**
   * Where the lines of one record of a many-record file go (numbered from 1, in the order the file
   * first names them; a one-record file is record 1). A sink that does not tell records apart (a
   * test's) takes them all itself.
   */
  default LineSink record(int recordNo) {
    return this;
  }
}
