package org.pmdc.hub.translation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The mappings the hub knows, loaded from {@code mappings/} at start-up. A broken mapping stops
 * the start with every problem listed: the hub never runs with a layout half understood.
 */
@Component
public class MappingRegistry {

  private static final Logger log = LoggerFactory.getLogger(MappingRegistry.class);

  private final Map<String, Mapping> byId = new TreeMap<>();

  MappingRegistry(MappingSettings settings) throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(settings.directory())) {
      for (Path file : files.filter(MappingRegistry::isMappingFile).sorted().toList()) {
        MappingLoader.Result result = MappingLoader.load(file);
        problems.addAll(result.problems());
        if (result.mapping() != null && byId.putIfAbsent(result.mapping().id(), result.mapping()) != null) {
          problems.add(file.getFileName() + ": mapping id '" + result.mapping().id() + "' is already used");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Invalid mapping files in " + settings.directory().toAbsolutePath() + ":\n  "
              + String.join("\n  ", problems));
    }
    log.info("Loaded {} mappings from {}: {}", byId.size(), settings.directory(), byId.keySet());
  }

  private static boolean isMappingFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  public Optional<Mapping> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Collection<Mapping> all() {
    return byId.values();
  }

  /** Mappings that take this content type from this publisher, before looking at the content. */
  List<Mapping> candidates(String contentType, String publisher) {
    return byId.values().stream().filter(m -> m.match().accepts(contentType, publisher)).toList();
  }

  /** Whether some mapping takes this content type at all (else the request is a 415). */
  public boolean acceptsContentType(String contentType) {
    return byId.values().stream().anyMatch(m -> m.match().contentTypes().contains(contentType));
  }
}
