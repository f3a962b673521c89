package org.pmdc.hub.translation;

import java.util.Map;
import org.pmdc.hub.canonical.RecordType;

/**
 * One publisher layout, loaded from a file in {@code mappings/}: how to recognise and parse the
 * input, which record type it produces, and which source column fills each canonical field of the
 * notice and of each allocation. See {@code docs/mapping-guide.md}.
 */
public record Mapping(
    String id,
    int version,
    String description,
    RecordType recordType,
    SourceFormat source,
    Recognition match,
    Map<String, FieldRule> notice,
    Map<String, FieldRule> allocation,
    String file) {}
