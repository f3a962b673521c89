package org.pmdc.hub.translation;

import java.util.List;
import org.pmdc.hub.canonical.NoticeDraft;
import org.pmdc.hub.canonical.ValidatedAllocation;

/**
 * What translating an input produced at each stage, for the preview: the mapping chosen (null when
 * none fits), the source's columns, first rows and row count (null when unreadable), the canonical
 * draft, and its first valid allocations.
 */
public record Translation(
    Mapping mapping, SourceSample source, NoticeDraft draft, List<ValidatedAllocation> firstAllocations) {

  /** Identity, not deep value equality: see {@link NoticeDraft#equals}. */
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
