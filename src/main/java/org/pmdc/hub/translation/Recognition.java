package org.pmdc.hub.translation;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How the hub recognises input this mapping is for, when the publisher does not name a mapping:
 * the content type, optionally the publishers and file names it applies to, the columns the input
 * must have, and values the first row must hold (to tell a capital call from a distribution).
 */
public record Recognition(
    List<String> contentTypes,
    List<String> publishers,
    List<String> fileNames,
    List<String> columns,
    Map<String, String> values) {

  public Recognition {
    contentTypes = contentTypes == null ? List.of() : contentTypes;
    publishers = publishers == null ? List.of() : publishers;
    fileNames = fileNames == null ? List.of() : fileNames;
    columns = columns == null ? List.of() : columns;
    values = values == null ? Map.of() : values;
  }

  /**
   * Whether this layout can be the input's, before reading it: its content type, its publisher,
   * and its file name against the glob patterns ({@code harbor-*.xlsx}), when the mapping lists any
   * (an input without a file name, a raw REST body, matches no pattern).
   */
  boolean accepts(String contentType, String publisher, String fileName) {
    return contentTypes.contains(contentType)
        && openTo(publisher)
        && (fileNames.isEmpty() || (fileName != null && fileNames.stream().anyMatch(glob -> matches(glob, fileName))));
  }

  /** Whether this publisher may use the mapping: every publisher, unless it lists some. */
  boolean openTo(String publisher) {
    return publishers.isEmpty() || publishers.contains(publisher);
  }

  private static boolean matches(String glob, String fileName) {
    return FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(Path.of(fileName));
  }

  /** Whether the input's columns and first row (all that is read of it to decide) fit. */
  boolean recognises(SourceSample head) {
    if (!head.columns().containsAll(columns)) {
      return false;
    }
    return head.rows().isEmpty()
        || values.entrySet().stream()
            .allMatch(v -> v.getValue().equals(head.rows().get(0).values().get(v.getKey())));
  }
}
