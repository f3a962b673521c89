package org.pmdc.hub.intake;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The content type a dropped file is taken as, from its extension. */
final class FileTypes {

  private static final Map<String, String> BY_EXTENSION =
      Map.of(
          "csv", "text/csv",
          "txt", "text/csv",
          "json", "application/json",
          "ndjson", "application/x-ndjson",
          "jsonl", "application/x-ndjson",
          "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private FileTypes() {}

  static Optional<String> contentTypeOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0
        ? Optional.empty()
        : Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  static String known() {
    return String.join(", ", BY_EXTENSION.keySet().stream().sorted().map(e -> "." + e).toList());
  }
}
