package org.pmdc.hub.translation;

import java.util.Map;
import org.pmdc.hub.canonical.RecordType;

/**
 * One publisher layout, loaded from a file in {@code mappings/}: how to recognise and parse the
 * input, which record type it produces, and which source column fills each canonical field of the
 * record's header (a notice's {@code notice:} section) and of each of its lines (a notice's
 * {@code allocation:} section). See {@code docs/mapping-guide.md}.
 */
public record Mapping(
    String id,
    int version,
    String description,
    RecordType recordType,
    SourceFormat source,
    Recognition match,
    Map<String, FieldRule> header,
    Map<String, FieldRule> lines,
    String file) {}
