package org.pmdc.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docs/architecture.md's route table is where a newcomer looks first: it names every file and id. */
class ArchitectureDocumentTest {

  private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `([\\w-]+\\.camel\\.yaml)` \\| ([^|]+) \\|");
  private static final Pattern QUOTED = Pattern.compile("`([\\w-]+)`");

  @Test
  void theRouteTableNamesEveryRouteFileAndId() throws IOException {
    assertThat(documentedIds()).isEqualTo(routeIds());
  }

  private static Map<String, Set<String>> documentedIds() throws IOException {
    Map<String, Set<String>> ids = new TreeMap<>();
    Matcher row = TABLE_ROW.matcher(Files.readString(Path.of("docs/architecture.md")));
    while (row.find()) {
      ids.put(row.group(1), QUOTED.matcher(row.group(2)).results().map(id -> id.group(1))
          .collect(Collectors.toCollection(TreeSet::new)));
    }
    return ids;
  }

  /** Every top-level element's id: routes, rest blocks, route configurations, templates. */
  private static Map<String, Set<String>> routeIds() throws IOException {
    Map<String, Set<String>> ids = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("routes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".camel.yaml")).toList()) {
        try (Reader reader = Files.newBufferedReader(file)) {
          List<Map<String, Map<String, Object>>> elements = new Yaml().load(reader);
          ids.put(file.getFileName().toString(), elements.stream()
              .flatMap(element -> element.values().stream())
              .map(element -> (String) element.get("id"))
              .collect(Collectors.toCollection(TreeSet::new)));
        }
      }
    }
    return ids;
  }
}
