package org.pmdc.hub.translation;

import org.pmdc.hub.canonical.RecordDraft;
import org.pmdc.hub.canonical.RecordDrafts;

/**
 * What translating an input produced at each stage, for the preview: the mapping chosen (null when
 * none fits), the source's columns, first rows and row count (null when unreadable or not kept),
 * the canonical drafts (one per record), and the first valid lines of the first record (null when
 * not kept).
 */
public record Translation(Mapping mapping, SourceSample source, RecordDrafts drafts, PreviewLines shown) {
}
