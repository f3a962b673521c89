package org.pmdc.hub.translation;

import java.util.Map;

/** A mapping file as written, before it is checked against the canonical model. */
record MappingFile(
    String id,
    Integer version,
    String description,
    String recordType,
    SourceFormat source,
    Recognition match,
    Map<String, FieldRule> notice,
    Map<String, FieldRule> allocation) {}
