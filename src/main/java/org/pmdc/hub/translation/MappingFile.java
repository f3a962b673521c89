package org.pmdc.hub.translation;

import java.util.List;
import java.util.Map;

/**
 * A mapping file as written, before it is checked against the canonical model. Notices name their
 * sections {@code notice} and {@code allocation}; the other record types {@code header} and
 * {@code lines}.
 */
record MappingFile(
    String id,
    Integer version,
    String description,
    String recordType,
    SourceFormat source,
    Recognition match,
    Map<String, FieldRule> notice,
    Map<String, FieldRule> allocation,
    Map<String, FieldRule> header,
    Map<String, FieldRule> lines,
    Records records,
    Translator translation) {

  /** How the rows of a file form records: by equal values of the {@code groupBy} source columns. */
  record Records(List<String> groupBy) {}

  Map<String, FieldRule> section(String name) {
    return switch (name) {
      case "notice" -> notice;
      case "allocation" -> allocation;
      case "header" -> header;
      case "lines" -> lines;
      default -> throw new IllegalArgumentException(name);
    };
  }
}
