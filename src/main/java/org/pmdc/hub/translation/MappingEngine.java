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
import org.pmdc.hub.api.RowErrors;
import org.pmdc.hub.canonical.LineDraft;
import org.pmdc.hub.canonical.LineRules;
import org.pmdc.hub.canonical.LineSink;
import org.pmdc.hub.canonical.CanonicalField;
import org.pmdc.hub.canonical.RecordDraft;
import org.pmdc.hub.canonical.RecordDrafts;
import org.pmdc.hub.canonical.SpreadsheetText;
import org.pmdc.hub.canonical.SubmissionRef;

/**
 * Applies one mapping to an input's rows as they stream by: each row is one line (a notice's
 * allocation, a report's line) of a record, checked by the record type's {@link LineRules} and,
 * when valid, handed to the sink under its record's number. A file is one record, or, when the
 * mapping groups rows ({@code records.groupBy}), as many as it has distinct values of those columns,
 * in any row order. A record's header fields are read from its first row and must hold the same
 * value on its other rows. One instance per input: it collects the errors and warnings of each
 * record, and of the file as a whole; memory grows with the number of records, not of rows.
 */
final class MappingEngine implements TranslationProvider {

  /**
   * Errors (and warnings) kept over all the records of a grouped file, each record keeping up to
   * {@link RowErrors#KEPT} of its own: a few MB at most; the rest are counted.
   */
  static final int RECORDS_KEPT = 10 * RowErrors.KEPT;

  private final Mapping mapping;
  private final String translator;
  private final SubmissionRef submission;
  private final LineSink valid;
  private final ValueConverter converter;
  private final RowExpressions expressions = new RowExpressions();
  private final Map<String, String> sources = new HashMap<>();
  /** The file's own errors and warnings: a one-record file's are its record's. */
  private final RowErrors fileErrors = new RowErrors();
  private final RowErrors fileWarnings = new RowErrors();
  private final Map<List<String>, RecordReading> records = new LinkedHashMap<>();
  // Shared by the records of this file; a one-record file keeps its own RowErrors.KEPT.
  private final RowErrors.Budget keptErrors = new RowErrors.Budget(RECORDS_KEPT);
  private final RowErrors.Budget keptWarnings = new RowErrors.Budget(RECORDS_KEPT);
  private boolean columnsMissing;

  /**
   * @param byService whether the rows are the translation service's canonical records (the
   *     stored record notes which translator produced it)
   */
  MappingEngine(Mapping mapping, boolean byService, SubmissionRef submission, LineSink valid) {
    this.mapping = mapping;
    this.translator = byService ? "translation-service" : "local-mapping";
    this.submission = submission;
    this.valid = valid;
    this.converter = new ValueConverter(mapping.source());
    mapping.header().forEach((field, rule) -> sources.put(field, rule.label()));
    mapping.lines().forEach((field, rule) -> sources.put(field, rule.label()));
    if (!mapping.groupsRecords()) {
      records.put(List.of(), new RecordReading(1, fileErrors, fileWarnings));
    }
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
    RecordReading record = records.computeIfAbsent(recordKey(row), key -> new RecordReading(records.size() + 1,
        new RowErrors(keptErrors), new RowErrors(keptWarnings)));
    record.read(row);
    return true;
  }

  /** An error found outside this engine (the translation service's, for one record). */
  void reject(RowError error) {
    fileErrors.add(error);
  }

  /**
   * The drafts of the records read. A grouped file with an error of its own (a missing column) or
   * no rows is one draft carrying the file's errors, rejected as a whole.
   */
  @Override
  public RecordDrafts finish() {
    if (!mapping.groupsRecords()) {
      return RecordDrafts.one(records.get(List.of()).draft());
    }
    if (!fileErrors.isEmpty() || records.isEmpty()) {
      return RecordDrafts.one(new RecordReading(1, fileErrors, fileWarnings).draft());
    }
    return new RecordDrafts(records.values().stream().map(RecordReading::draft).toList(), true, fileWarnings);
  }

  /** The values of the grouping columns, blanks as empty: equal values, one record. */
  private List<String> recordKey(SourceRow row) {
    List<String> key = new ArrayList<>(mapping.groupBy().size());
    mapping.groupBy().forEach(column -> key.add(Objects.requireNonNullElse(blankToNull(row.values().get(column)), "")));
    return key;
  }

  /** One record as its rows stream by: its header (from its first row), its lines' rules, its findings. */
  private final class RecordReading {
    private final int number;
    private final RowErrors errors;
    private final RowErrors warnings;
    private final LineRules rules;
    private final Map<String, Object> header = new LinkedHashMap<>();
    private final Set<String> differingColumns = new HashSet<>();
    private SourceRow firstRow;

    RecordReading(int number, RowErrors errors, RowErrors warnings) {
      this.number = number;
      this.errors = errors;
      this.warnings = warnings;
      this.rules = LineRules.of(mapping.recordType(), sources, errors, valid.record(number));
    }

    void read(SourceRow row) {
      long errorsBefore = errors.count();
      if (firstRow == null) {
        firstRow = row;
        readFields(mapping.recordType().headerFields(), mapping.header(), row, header, this);
        rules.currency((String) header.get("currency"));
      } else {
        checkHeaderColumnsAgree(row);
      }
      Map<String, Object> values = new LinkedHashMap<>();
      readFields(mapping.recordType().lineFields(), mapping.lines(), row, values, this);
      rules.check(new LineDraft(row.number(), values, errors.count() == errorsBefore));
    }

    RecordDraft draft() {
      return new RecordDraft(submission, number, mapping.id(), mapping.version(), mapping.recordType(), header,
          rules.summary(), sources, errors, warnings, translator, null);
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
              errors.add(new RowError(row.number(), column, text, "differs from '" + first + "' in row "
                  + firstRow.number() + ": " + (mapping.groupsRecords()
                      ? "the rows of one record (equal " + String.join(", ", mapping.groupBy()) + ") must agree"
                      : "a submission holds one record (a mapping's records.groupBy reads many)")));
            }
          });
    }
  }

  /** The row's value of each field the mapping has a rule for, converted; formula-like text flagged. */
  private void readFields(List<CanonicalField> fields, Map<String, FieldRule> fieldRules, SourceRow row,
      Map<String, Object> into, RecordReading record) {
    for (CanonicalField field : fields) {
      FieldRule rule = fieldRules.get(field.name());
      if (rule != null) {
        Object value = value(field, rule, row, record.errors);
        into.put(field.name(), value);
        flagFormula(row.number(), rule, value, record.warnings);
      }
    }
  }

  /** Columns no rule reads: the layout may have drifted from the mapping; worth a look. */
  private void warnAboutUnusedColumns(Set<String> columns) {
    Set<String> used = new HashSet<>();
    mapping.header().values().forEach(rule -> used.add(rule.column()));
    mapping.lines().values().forEach(rule -> used.add(rule.column()));
    used.addAll(mapping.groupBy());
    columns.stream()
        .filter(column -> !used.contains(column))
        .forEach(column -> fileWarnings.add(
            RowError.ofNotice(column, null, "column not used by mapping " + mapping.id() + "; ignored")));
  }

  /**
   * Text that a spreadsheet would run as a formula ({@code =HYPERLINK(...)}): kept exactly as text,
   * and reported as a warning so the publisher can check its export.
   */
  private static void flagFormula(int row, FieldRule rule, Object value, RowErrors warnings) {
    if (value instanceof String text && SpreadsheetText.startsLikeFormula(text)) {
      warnings.add(new RowError(row, rule.label(), text, "looks like a spreadsheet formula; kept as text"));
    }
  }

  /**
   * A column a required field needs must exist, and so must the columns that tell records apart;
   * an optional field's column may be left out.
   */
  private void checkColumnsPresent(Set<String> columns) {
    Stream.concat(
            Stream.concat(
                requiredRules(mapping.recordType().headerFields(), mapping.header()),
                requiredRules(mapping.recordType().lineFields(), mapping.lines()))
                .map(FieldRule::column),
            mapping.groupBy().stream())
        .filter(Objects::nonNull)
        .distinct()
        .filter(column -> !columns.contains(column))
        .forEach(column -> {
          columnsMissing = true;
          fileErrors.add(RowError.ofNotice(column, null, "required column is missing (mapping " + mapping.id() + ")"));
        });
  }

  private static Stream<FieldRule> requiredRules(List<CanonicalField> fields, Map<String, FieldRule> rules) {
    return fields.stream().filter(CanonicalField::required).map(f -> rules.get(f.name())).filter(Objects::nonNull);
  }

  private Object value(CanonicalField field, FieldRule rule, SourceRow row, RowErrors errors) {
    String text = null;
    try {
      text = text(rule, row);
      return converter.convert(text, field.type(), rule);
    } catch (ValueConverter.ConversionException | RowExpressions.ExpressionException e) {
      errors.add(new RowError(row.number(), rule.label(), text, e.getMessage()));
      return null;
    }
  }

  private String text(FieldRule rule, SourceRow row)
      throws RowExpressions.ExpressionException, ValueConverter.ConversionException {
    if (rule.constant() != null) {
      return rule.constant();
    }
    if (rule.request() != null) {
      return requested(rule.request());
    }
    return rule.expression() != null ? expressions.evaluate(rule.expression(), row.values()) : row.values().get(rule.column());
  }

  /** A value the request gave; a mapping that reads one cannot read an input sent another way. */
  private String requested(String name) throws ValueConverter.ConversionException {
    String value = submission.request().get(name);
    if (value == null) {
      throw new ValueConverter.ConversionException("this mapping takes " + name + " from the request that sends the"
          + " file, which gave none: send it the way the mapping's description says");
    }
    return value;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
