package org.pmdc.hub.translation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.api.RowErrors;
import org.pmdc.hub.canonical.LineDraft;
import org.pmdc.hub.canonical.LineRules;
import org.pmdc.hub.canonical.LineSink;
import org.pmdc.hub.canonical.CanonicalField;
import org.pmdc.hub.canonical.RecordDraft;
import org.pmdc.hub.canonical.SpreadsheetText;
import org.pmdc.hub.canonical.SubmissionRef;

/**
 * Applies one mapping to an input's rows as they stream by: each row is one line (a notice's
 * allocation, a report's line), checked by the record type's {@link LineRules} and, when valid,
 * handed to the sink; the header fields are read from the first row and must hold the same value
 * on every row (one file, one record). One instance per input: it collects that input's errors
 * and warnings.
 */
final class MappingEngine implements TranslationProvider {

  private final Mapping mapping;
  private final String translator;
  private final SubmissionRef submission;
  private final ValueConverter converter;
  private final RowExpressions expressions = new RowExpressions();
  private final Map<String, String> sources = new HashMap<>();
  private final RowErrors errors = new RowErrors();
  private final RowErrors warnings = new RowErrors();
  private final LineRules rules;
  private final Map<String, Object> header = new LinkedHashMap<>();
  private final Set<String> differingColumns = new HashSet<>();
  private SourceRow firstRow;
  private boolean columnsMissing;

  /**
   * @param byService whether the rows are the translation service's canonical records (the
   *     stored record notes which translator produced it)
   */
  MappingEngine(Mapping mapping, boolean byService, SubmissionRef submission, LineSink valid) {
    this.mapping = mapping;
    this.translator = byService ? "translation-service" : "local-mapping";
    this.submission = submission;
    this.converter = new ValueConverter(mapping.source());
    mapping.header().forEach((field, rule) -> sources.put(field, rule.label()));
    mapping.lines().forEach((field, rule) -> sources.put(field, rule.label()));
    this.rules = LineRules.of(mapping.recordType(), sources, errors, valid);
  }

  @Override
  public void columns(Set<String> columns) {
    checkColumnsPresent(columns);
    warnAboutUnusedColumns(columns);
  }

  @Override
  public boolean row(SourceRow row) {
    if (columnsMissing) {
      return false;
    }
    long errorsBefore = errors.count();
    if (firstRow == null) {
      firstRow = row;
      readHeader(row);
    } else {
      checkHeaderColumnsAgree(row);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    readFields(mapping.recordType().lineFields(), mapping.lines(), row, values);
    rules.check(new LineDraft(row.number(), values, errors.count() == errorsBefore));
    return true;
  }

  /** An error found outside this engine (the translation service's, for one record). */
  void reject(RowError error) {
    errors.add(error);
  }

  @Override
  public RecordDraft finish() {
    return new RecordDraft(submission, mapping.id(), mapping.version(), mapping.recordType(), header,
        rules.summary(), sources, errors, warnings, translator, null);
  }

  private void readHeader(SourceRow row) {
    readFields(mapping.recordType().headerFields(), mapping.header(), row, header);
    rules.currency((String) header.get("currency"));
  }

  /** The row's value of each field the mapping has a rule for, converted; formula-like text flagged. */
  private void readFields(List<CanonicalField> fields, Map<String, FieldRule> fieldRules, SourceRow row,
      Map<String, Object> into) {
    for (CanonicalField field : fields) {
      FieldRule rule = fieldRules.get(field.name());
      if (rule != null) {
        Object value = value(field, rule, row);
        into.put(field.name(), value);
        flagFormula(row.number(), rule, value);
      }
    }
  }

  private void checkHeaderColumnsAgree(SourceRow row) {
    mapping.header().values().stream()
        .map(FieldRule::column)
        .filter(Objects::nonNull)
        .filter(column -> !differingColumns.contains(column))
        .forEach(column -> {
          String first = firstRow.values().get(column);
          String text = row.values().get(column);
          if (!Objects.equals(blankToNull(text), blankToNull(first))) {
            differingColumns.add(column);
            errors.add(new RowError(row.number(), column, text,
                "differs from '" + first + "' in row " + firstRow.number() + ": a submission holds one record"));
          }
        });
  }

  /** Columns no rule reads: the layout may have drifted from the mapping; worth a look. */
  private void warnAboutUnusedColumns(Set<String> columns) {
    Set<String> used = new HashSet<>();
    mapping.header().values().forEach(rule -> used.add(rule.column()));
    mapping.lines().values().forEach(rule -> used.add(rule.column()));
    columns.stream()
        .filter(column -> !used.contains(column))
        .forEach(column -> warnings.add(
            RowError.ofNotice(column, null, "column not used by mapping " + mapping.id() + "; ignored")));
  }

  /**
   * Text that a spreadsheet would run as a formula ({@code =HYPERLINK(...)}): kept exactly as text,
   * and reported as a warning so the publisher can check its export.
   */
  private void flagFormula(int row, FieldRule rule, Object value) {
    if (value instanceof String text && SpreadsheetText.startsLikeFormula(text)) {
      warnings.add(new RowError(row, rule.label(), text, "looks like a spreadsheet formula; kept as text"));
    }
  }

  /** A column a required field needs must exist; an optional field's column may be left out. */
  private void checkColumnsPresent(Set<String> columns) {
    Stream.concat(
            requiredRules(mapping.recordType().headerFields(), mapping.header()),
            requiredRules(mapping.recordType().lineFields(), mapping.lines()))
        .map(FieldRule::column)
        .filter(Objects::nonNull)
        .distinct()
        .filter(column -> !columns.contains(column))
        .forEach(column -> {
          columnsMissing = true;
          errors.add(RowError.ofNotice(column, null, "required column is missing (mapping " + mapping.id() + ")"));
        });
  }

  private static Stream<FieldRule> requiredRules(List<CanonicalField> fields, Map<String, FieldRule> rules) {
    return fields.stream().filter(CanonicalField::required).map(f -> rules.get(f.name())).filter(Objects::nonNull);
  }

  private Object value(CanonicalField field, FieldRule rule, SourceRow row) {
    String text = null;
    try {
      text = text(rule, row);
      return converter.convert(text, field.type(), rule);
    } catch (ValueConverter.ConversionException | RowExpressions.ExpressionException e) {
      errors.add(new RowError(row.number(), rule.label(), text, e.getMessage()));
      return null;
    }
  }

  private String text(FieldRule rule, SourceRow row) throws RowExpressions.ExpressionException {
    if (rule.constant() != null) {
      return rule.constant();
    }
    return rule.expression() != null ? expressions.evaluate(rule.expression(), row.values()) : row.values().get(rule.column());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
