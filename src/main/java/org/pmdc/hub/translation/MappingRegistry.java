package org.pmdc.hub.translation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.pmdc.hub.api.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The mappings the hub knows, from the files in {@code mappings/}. At start-up a broken file stops
 * the hub with every problem listed. While running, the {@code reload-mappings} route calls
 * {@link #reloadIfChanged()}: an edited file that loads replaces its mapping; one with problems
 * never replaces a working one — the previous version stays in use and the problems are logged and
 * listed by {@code GET /api/v1/mappings}.
 */
@Component
public class MappingRegistry {

  private static final Logger log = LoggerFactory.getLogger(MappingRegistry.class);

  private final Path directory;
  private volatile Map<String, Mapping> byId;
  private volatile List<String> problems = List.of();
  private volatile String fingerprint;

  MappingRegistry(MappingSettings settings) throws IOException {
    this.directory = settings.directory();
    this.fingerprint = fingerprint();
    Loaded loaded = loadAll(Map.of());
    if (!loaded.problems().isEmpty()) {
      throw new IllegalStateException(
          "Invalid mapping files in " + directory.toAbsolutePath() + ":\n  " + String.join("\n  ", loaded.problems()));
    }
    this.byId = loaded.mappings();
    log.info("Loaded {} mappings from {}: {}", byId.size(), directory, byId.keySet());
  }

  /** Re-reads the folder if a file was added, changed or removed since the last look. */
  public void reloadIfChanged() throws IOException {
    String now = fingerprint();
    if (now.equals(fingerprint)) {
      return;
    }
    Loaded loaded = loadAll(byId);
    byId = loaded.mappings();
    problems = loaded.problems();
    fingerprint = now;
    if (problems.isEmpty()) {
      log.info("Reloaded mappings from {}: {}", directory, byId.keySet());
    } else {
      log.error("Mapping files with problems keep their previous version:\n  {}", String.join("\n  ", problems));
    }
  }

  private record Loaded(Map<String, Mapping> mappings, List<String> problems) {}

  private Loaded loadAll(Map<String, Mapping> previous) throws IOException {
    SortedMap<String, Mapping> mappings = new TreeMap<>();
    List<String> found = new ArrayList<>();
    for (Path file : files()) {
      MappingLoader.Result result = MappingLoader.load(file);
      found.addAll(result.problems());
      List<Mapping> loaded = result.mapping() != null
          ? List.of(result.mapping())
          : previous.values().stream().filter(m -> m.file().equals(file.getFileName().toString())).toList();
      for (Mapping mapping : loaded) {
        if (mappings.putIfAbsent(mapping.id(), mapping) != null) {
          found.add(file.getFileName() + ": mapping id '" + mapping.id() + "' is already used");
        }
      }
    }
    return new Loaded(Collections.unmodifiableSortedMap(mappings), List.copyOf(found));
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(MappingRegistry::isMappingFile).sorted().toList();
    }
  }

  /** Names, sizes and modification times of the mapping files: changes when any file does. */
  private String fingerprint() throws IOException {
    StringBuilder print = new StringBuilder();
    for (Path file : files()) {
      print.append(file.getFileName()).append(':').append(Files.size(file)).append(':')
          .append(Files.getLastModifiedTime(file).toMillis()).append(';');
    }
    return print.toString();
  }

  private static boolean isMappingFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  public Optional<Mapping> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The mapping with this id, if this publisher may use it (one listing other publishers is, to
   * it, a mapping that does not exist).
   */
  public Optional<Mapping> findFor(String id, String publisher) {
    return find(id).filter(m -> m.match().openTo(publisher));
  }

  public Collection<Mapping> all() {
    return byId.values();
  }

  /**
   * Mappings that take this input (type, publisher, file name), before looking at the content; not
   * those that read values from an upload endpoint's request, which only that endpoint names.
   */
  List<Mapping> candidates(String contentType, String publisher, String fileName) {
    return all().stream().filter(m -> !m.readsRequest() && m.match().accepts(contentType, publisher, fileName)).toList();
  }

  /** Whether some mapping takes this content type at all (else the request is a 415). */
  public boolean acceptsContentType(String contentType) {
    return byId.values().stream().anyMatch(m -> m.match().contentTypes().contains(contentType));
  }

  /** Every content type some mapping takes, sorted: what a 415 tells the publisher to send. */
  public List<String> acceptedContentTypes() {
    return byId.values().stream().flatMap(m -> m.match().contentTypes().stream()).distinct().sorted().toList();
  }

  /**
   * The catalogue {@code GET /api/v1/mappings} returns: to a publisher, the mappings open to it,
   * without the publishers they are restricted to; to staff ({@code publisher} null), all of them.
   */
  public Map<String, Object> describe(String publisher) {
    List<Map<String, Object>> mappings = all().stream().filter(m -> publisher == null || m.match().openTo(publisher))
        .map(m -> entry(m, publisher)).toList();
    Map<String, Object> catalogue = new LinkedHashMap<>();
    catalogue.put("mappings", mappings);
    catalogue.put("problems", problems);
    return catalogue;
  }

  /**
   * {@code GET /api/v1/mappings/{id}}: the mapping's catalogue entry and its rules, the text of its
   * file as the integration engineer wrote it; a mapping not open to the publisher is not found.
   */
  public Map<String, Object> describeOne(String id, String publisher) throws IOException {
    Mapping mapping = (publisher == null ? find(id) : findFor(id, publisher))
        .orElseThrow(() -> ProblemException.notFound("No mapping " + id + "."));
    Map<String, Object> entry = entry(mapping, publisher);
    entry.put("rules", Files.readString(directory.resolve(mapping.file())));
    return entry;
  }

  private static Map<String, Object> entry(Mapping m, String publisher) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", m.id());
    entry.put("version", m.version());
    entry.put("description", m.description());
    entry.put("recordType", m.recordType().code());
    entry.put("file", m.file());
    entry.put("sourceType", m.source().type());
    entry.put("contentTypes", m.match().contentTypes());
    if (publisher == null) {
      entry.put("publishers", m.match().publishers());
    }
    entry.put("fileNames", m.match().fileNames());
    return entry;
  }
}
