package org.pmdc.hub.translation;

import org.pmdc.hub.canonical.NoticeDraft;

/**
 * What translating an input produced at each stage: the mapping chosen (null when none fits), the
 * source rows as parsed (null when unreadable) and the canonical draft.
 */
public record Translation(Mapping mapping, SourceRows source, NoticeDraft draft) {

  /**
   * Identity, not the records' deep value equality: routes call methods on these instances, which
   * makes them keys of Camel's bean-info cache, and hashing every allocation on each such call was
   * the hottest spot of bench/ingest.
   */
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
