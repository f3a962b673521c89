package org.pmdc.hub.translation;

import java.util.List;
import java.util.Map;

/**
 * How the hub recognises input this mapping is for, when the publisher does not name a mapping:
 * the content type, optionally the publishers it applies to, the columns the input must have, and
 * values the first row must hold (to tell a capital call from a distribution in one layout).
 */
public record Recognition(
    List<String> contentTypes,
    List<String> publishers,
    List<String> columns,
    Map<String, String> values) {

  public Recognition {
    contentTypes = contentTypes == null ? List.of() : contentTypes;
    publishers = publishers == null ? List.of() : publishers;
    columns = columns == null ? List.of() : columns;
    values = values == null ? Map.of() : values;
  }

  boolean accepts(String contentType, String publisher) {
    return contentTypes.contains(contentType)
        && (publishers.isEmpty() || publishers.contains(publisher));
  }

  boolean recognises(SourceRows rows) {
    if (!rows.columns().containsAll(columns)) {
      return false;
    }
    return rows.rows().isEmpty()
        || values.entrySet().stream()
            .allMatch(v -> v.getValue().equals(rows.rows().get(0).values().get(v.getKey())));
  }
}
