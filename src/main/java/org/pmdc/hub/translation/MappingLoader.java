package org.pmdc.hub.translation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.pmdc.hub.canonical.CanonicalField;
import org.pmdc.hub.canonical.RecordType;

/**
 * Reads one mapping file and checks it against the canonical model, collecting every problem with
 * the file name (and the line, for YAML syntax errors) so an integration engineer can fix them in
 * one pass.
 */
final class MappingLoader {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final Set<String> SOURCE_TYPES = Set.of("csv", "json", "ndjson", "xlsx");

  private MappingLoader() {}

  /** The mapping, or the list of problems that keep the file from being used. */
  record Result(Mapping mapping, List<String> problems) {}

  static Result load(Path file) {
    String name = file.getFileName().toString();
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      return failed(name + ": cannot be read: " + e.getMessage());
    }
    MappingFile raw;
    try {
      raw = YAML.readValue(text, MappingFile.class);
    } catch (JsonProcessingException e) {
      return failed(name + ":" + lineOf(e, text) + ": " + e.getOriginalMessage());
    }
    List<String> problems = new ArrayList<>();
    require(raw.id() != null, name + ": 'id' is required", problems);
    require(raw.version() != null && raw.version() > 0, name + ": 'version' must be a positive number", problems);
    require(raw.source() != null && SOURCE_TYPES.contains(raw.source().type()),
        name + ": 'source.type' must be one of " + SOURCE_TYPES, problems);
    require(raw.match() != null && !raw.match().contentTypes().isEmpty(),
        name + ": 'match.contentTypes' must list at least one content type", problems);
    Optional<RecordType> type = RecordType.fromCode(String.valueOf(raw.recordType()));
    require(type.isPresent(),
        name + ": 'recordType' must be one of " + RecordType.codes() + ", not '" + raw.recordType() + "'",
        problems);
    require(type.isEmpty() || !type.get().isComputed(), name + ": 'recordType' " + raw.recordType()
        + " is computed by the hub from the records it holds; no publisher sends it", problems);
    Translator translator = raw.translation() == null ? Translator.LOCAL : raw.translation();
    require(List.of("local", "saas").contains(translator.provider()),
        name + ": 'translation.provider' must be local or saas, not '" + translator.provider() + "'", problems);
    require(!translator.isSaas() || translator.mapper() != null,
        name + ": 'translation.mapper' is required with provider saas (the vendor's mapper for this layout)", problems);
    // A layout the translation service maps needs no field rules of its own.
    boolean rulesRequired = !translator.isSaas();
    type.filter(t -> !t.isComputed()).ifPresent(t -> {
      for (String section : List.of(t.headerSection(), t.lineSection())) {
        if (rulesRequired || raw.section(section) != null) {
          boolean header = section.equals(t.headerSection());
          checkFields(name, text, section, raw.section(section), header ? t.headerFields() : t.lineFields(),
              header ? t::headerField : t::lineField, problems);
        }
      }
    });
    List<String> groupBy = raw.records() == null || raw.records().groupBy() == null ? List.of() : raw.records().groupBy();
    require(raw.records() == null || !groupBy.isEmpty() && groupBy.stream().noneMatch(c -> c == null || c.isBlank()),
        name + ":" + lineOfKey(text, "records", null) + ": records.groupBy must list the source columns that tell the"
            + " file's records apart (e.g. [Fund, Call No])", problems);
    // The service answers in canonical fields: the source columns to group by are gone by then.
    require(groupBy.isEmpty() || !translator.isSaas(),
        name + ": records.groupBy applies to locally mapped layouts, not to provider saas", problems);
    if (raw.source() != null) {
      checkDateFormat(name, "source.dateFormat", raw.source().dateFormat(), problems);
    }
    if (!problems.isEmpty()) {
      return new Result(null, problems);
    }
    return new Result(
        new Mapping(raw.id(), raw.version(), raw.description(), type.get(), raw.source(), raw.match(),
            rules(raw.section(type.get().headerSection())), rules(raw.section(type.get().lineSection())), translator,
            List.copyOf(groupBy), name),
        List.of());
  }

  private static Map<String, FieldRule> rules(Map<String, FieldRule> section) {
    return section == null ? Map.of() : Map.copyOf(section);
  }

  private static void checkFields(
      String file,
      String text,
      String section,
      Map<String, FieldRule> rules,
      List<CanonicalField> fields,
      Function<String, Optional<CanonicalField>> lookup,
      List<String> problems) {
    if (rules == null) {
      problems.add(file + ": '" + section + "' section is required");
      return;
    }
    rules.forEach((target, rule) -> {
      String where = file + ":" + lineOfKey(text, section, target) + ": " + section + "." + target;
      if (lookup.apply(target).isEmpty()) {
        problems.add(where + ": unknown canonical field; known: "
            + fields.stream().map(CanonicalField::name).toList());
      } else if (rule == null || rule.sources() != 1) {
        problems.add(where + ": give exactly one of 'column', 'constant', 'expression' or 'request'");
      } else if (rule.expression() != null && RowExpressions.problem(rule.expression()) != null) {
        problems.add(where + ": bad expression: " + RowExpressions.problem(rule.expression()));
      } else {
        checkDateFormat(file, section + "." + target + ".dateFormat", rule.dateFormat(), problems);
      }
    });
    fields.stream()
        .filter(f -> f.required() && !rules.containsKey(f.name()))
        .forEach(f -> problems.add(file + ":" + lineOfKey(text, section, null) + ": " + section
            + ": required canonical field '" + f.name() + "' is not mapped"));
  }

  /**
   * The line of {@code key} within the top-level {@code section} (block or flow style), or of the
   * section itself when {@code key} is null.
   */
  private static int lineOfKey(String text, String section, String key) {
    List<String> lines = text.lines().toList();
    Pattern sectionStart = Pattern.compile("^" + Pattern.quote(section) + "\\s*:");
    Pattern keyPattern = key == null ? null : Pattern.compile("(^|[\\s{,])" + Pattern.quote(key) + "\\s*:");
    for (int i = 0; i < lines.size(); i++) {
      if (sectionStart.matcher(lines.get(i)).find()) {
        for (int j = i; j < lines.size() && key != null; j++) {
          String line = j == i ? lines.get(j).substring(section.length() + 1) : lines.get(j);
          if (j > i && !line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
            break;
          }
          if (keyPattern.matcher(line).find()) {
            return j + 1;
          }
        }
        return i + 1;
      }
    }
    return 0;
  }

  private static void checkDateFormat(String file, String where, String pattern, List<String> problems) {
    if (pattern == null) {
      return;
    }
    try {
      DateTimeFormatter.ofPattern(pattern);
    } catch (IllegalArgumentException e) {
      problems.add(file + ": " + where + ": bad date pattern '" + pattern + "': " + e.getMessage());
    }
  }

  /**
   * The line to fix. For an unknown key that is the key's own line (the parser has moved past it
   * when it complains); otherwise where the parser stopped.
   */
  private static int lineOf(JsonProcessingException e, String text) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      Pattern key = Pattern.compile("^\\s*" + Pattern.quote(unknown.getPropertyName()) + "\\s*:");
      List<String> lines = text.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        if (key.matcher(lines.get(i)).find()) {
          return i + 1;
        }
      }
    }
    return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
  }

  private static void require(boolean ok, String problem, List<String> problems) {
    if (!ok) {
      problems.add(problem);
    }
  }

  private static Result failed(String problem) {
    return new Result(null, List.of(problem));
  }
}
