package org.pmdc.hub.translation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.canonical.AllocationDraft;
import org.pmdc.hub.canonical.CanonicalField;
import org.pmdc.hub.canonical.NoticeDraft;
import org.pmdc.hub.canonical.SpreadsheetText;
import org.pmdc.hub.canonical.SubmissionRef;

/**
 * Applies one mapping to parsed rows: each row is one allocation; the notice fields are read from
 * the first row and must hold the same value on every row (one file, one notice). One instance
 * per application: it collects that application's errors.
 */
final class MappingEngine {

  private final Mapping mapping;
  private final ValueConverter converter;
  private final RowExpressions expressions = new RowExpressions();
  private final List<RowError> errors = new ArrayList<>();

  MappingEngine(Mapping mapping) {
    this.mapping = mapping;
    this.converter = new ValueConverter(mapping.source());
  }

  NoticeDraft apply(SubmissionRef submission, SourceRows input) {
    Map<String, String> sources = new HashMap<>();
    mapping.notice().forEach((field, rule) -> sources.put(field, rule.label()));
    mapping.allocation().forEach((field, rule) -> sources.put(field, rule.label()));
    checkColumnsPresent(input);

    Map<String, Object> notice = new LinkedHashMap<>();
    List<AllocationDraft> allocations = new ArrayList<>();
    if (errors.isEmpty()) {
      for (CanonicalField field : mapping.recordType().noticeFields()) {
        FieldRule rule = mapping.notice().get(field.name());
        if (rule != null) {
          notice.put(field.name(), noticeValue(field, rule, input.rows()));
        }
      }
      for (SourceRow row : input.rows()) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (CanonicalField field : mapping.recordType().allocationFields()) {
          FieldRule rule = mapping.allocation().get(field.name());
          if (rule != null) {
            values.put(field.name(), value(field, rule, row));
          }
        }
        allocations.add(new AllocationDraft(row.number(), values));
      }
    }
    return new NoticeDraft(
        submission,
        mapping.id(),
        mapping.version(),
        mapping.recordType(),
        notice,
        allocations,
        sources,
        List.copyOf(errors),
        Stream.concat(unusedColumns(input).stream(), formulaLikeCells(notice, allocations).stream()).toList());
  }

  /** Columns no rule reads: the layout may have drifted from the mapping; worth a look. */
  private List<RowError> unusedColumns(SourceRows input) {
    Set<String> used = new HashSet<>();
    mapping.notice().values().forEach(rule -> used.add(rule.column()));
    mapping.allocation().values().forEach(rule -> used.add(rule.column()));
    return input.columns().stream()
        .filter(column -> !used.contains(column))
        .map(column -> RowError.ofNotice(column, null, "column not used by mapping " + mapping.id() + "; ignored"))
        .toList();
  }

  /**
   * Text that a spreadsheet would run as a formula ({@code =HYPERLINK(...)}): kept exactly as text,
   * and reported as a warning so the publisher can check its export.
   */
  private List<RowError> formulaLikeCells(Map<String, Object> notice, List<AllocationDraft> allocations) {
    List<RowError> warnings = new ArrayList<>();
    Integer firstRow = allocations.isEmpty() ? null : allocations.get(0).row();
    mapping.notice().forEach((field, rule) -> flagFormula(firstRow, rule, notice.get(field), warnings));
    for (AllocationDraft allocation : allocations) {
      mapping.allocation().forEach((field, rule) -> flagFormula(allocation.row(), rule, allocation.get(field), warnings));
    }
    return warnings;
  }

  private static void flagFormula(Integer row, FieldRule rule, Object value, List<RowError> warnings) {
    if (value instanceof String text && SpreadsheetText.startsLikeFormula(text)) {
      warnings.add(new RowError(row, rule.label(), text, "looks like a spreadsheet formula; kept as text"));
    }
  }

  /** A column a required field needs must exist; an optional field's column may be left out. */
  private void checkColumnsPresent(SourceRows input) {
    Stream.concat(
            requiredRules(mapping.recordType().noticeFields(), mapping.notice()),
            requiredRules(mapping.recordType().allocationFields(), mapping.allocation()))
        .map(FieldRule::column)
        .filter(Objects::nonNull)
        .distinct()
        .filter(column -> !input.columns().contains(column))
        .forEach(column -> errors.add(RowError.ofNotice(
            column, null, "required column is missing (mapping " + mapping.id() + ")")));
  }

  private static Stream<FieldRule> requiredRules(List<CanonicalField> fields, Map<String, FieldRule> rules) {
    return fields.stream().filter(CanonicalField::required).map(f -> rules.get(f.name())).filter(Objects::nonNull);
  }

  private Object noticeValue(CanonicalField field, FieldRule rule, List<SourceRow> rows) {
    if (rows.isEmpty()) {
      return null;
    }
    if (rule.column() != null) {
      String first = rows.get(0).values().get(rule.column());
      for (SourceRow row : rows) {
        String text = row.values().get(rule.column());
        if (!Objects.equals(blankToNull(text), blankToNull(first))) {
          errors.add(new RowError(row.number(), rule.column(), text,
              "differs from '" + first + "' in row " + rows.get(0).number() + ": a submission holds one notice"));
          return null;
        }
      }
    }
    return value(field, rule, rows.get(0));
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
