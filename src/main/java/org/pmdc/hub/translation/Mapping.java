package org.pmdc.hub.translation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pmdc.hub.canonical.RecordType;

/**
 * One publisher layout, loaded from a file in {@code mappings/}: how to recognise and parse the
 * input, which record type it produces, and which source column fills each canonical field of the
 * record's header (a notice's {@code notice:} section) and of each of its lines (a notice's
 * {@code allocation:} section), which translator applies them, and how rows form records. See
 * {@code docs/mapping-guide.md}.
 *
 * @param groupBy the source columns whose values tell the records of a file apart (a ledger of
 *     many calls); empty when the whole file is one record
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
    Translator translator,
    List<String> groupBy,
    String file) {

  /**
   * Whether some field comes from the request that sends the input (an upload endpoint's values):
   * such a mapping is used only when that endpoint names it, never chosen by recognition.
   */
  boolean readsRequest() {
    return Stream.concat(header.values().stream(), lines.values().stream()).anyMatch(rule -> rule.request() != null);
  }

  /** Whether a file may hold many records. */
  boolean groupsRecords() {
    return !groupBy.isEmpty();
  }

  /** Whether the file maps the fields itself: a layout of the translation service may fall back on it. */
  boolean hasLocalRules() {
    return !header.isEmpty() && !lines.isEmpty();
  }

  /**
   * The layout of the canonical record itself, flat: each canonical field read from the column of
   * its own name, ISO dates, plain decimals. What a translation service returns is read with it
   * (it keeps the layout's id, version and translator, which the stored record notes).
   */
  static Mapping canonical(Mapping layout) {
    RecordType type = layout.recordType();
    Map<String, FieldRule> header = new LinkedHashMap<>();
    type.headerFields().forEach(field -> header.put(field.name(), FieldRule.ofColumn(field.name())));
    Map<String, FieldRule> lines = new LinkedHashMap<>();
    type.lineFields().forEach(field -> lines.put(field.name(), FieldRule.ofColumn(field.name())));
    return new Mapping(layout.id(), layout.version(), layout.description(), type, SourceFormat.of("json"),
        layout.match(), header, lines, layout.translator(), List.of(), layout.file());
  }
}
