package org.pmdc.hub.translation;

import org.pmdc.hub.canonical.NoticeDraft;

/**
 * What translating an input produced at each stage: the mapping chosen (null when none fits), the
 * source rows as parsed (null when unreadable) and the canonical draft.
 */
public record Translation(Mapping mapping, SourceRows source, NoticeDraft draft) {}
