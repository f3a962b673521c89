package org.pmdc.hub.canonical;

/** Where valid allocations go as they stream by: the staging table, or the preview's sample. */
public interface AllocationSink {

  void accept(ValidatedAllocation allocation);
}
