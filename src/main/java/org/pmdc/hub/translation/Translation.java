package org.pmdc.hub.translation;

import org.pmdc.hub.canonical.RecordDraft;

/**
 * What translating an input produced at each stage, for the preview: the mapping chosen (null when
 * none fits), the source's columns, first rows and row count (null when unreadable or not kept),
 * the canonical draft, and its first valid lines (null when not kept).
 */
public record Translation(Mapping mapping, SourceSample source, RecordDraft draft, PreviewLines shown) {

  /** Identity, not deep value equality: see {@link RecordDraft#equals}. */
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
