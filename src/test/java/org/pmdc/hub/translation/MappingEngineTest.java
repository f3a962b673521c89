package org.pmdc.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.canonical.CollectedLines;
import org.pmdc.hub.canonical.LineSink;
import org.pmdc.hub.canonical.RecordDraft;
import org.pmdc.hub.canonical.RecordDrafts;
import org.pmdc.hub.canonical.ReportLine;
import org.pmdc.hub.canonical.RecordType;
import org.pmdc.hub.canonical.SubmissionRef;
import org.pmdc.hub.canonical.ValidatedAllocation;

class MappingEngineTest {

  private static final SubmissionRef REF = new SubmissionRef(1, null, 1, "acme");

  private static Mapping mapping(Map<String, FieldRule> notice) {
    return new Mapping("m", 1, null, RecordType.CAPITAL_CALL, SourceFormat.of("csv"),
        new Recognition(List.of("text/csv"), null, null, null, null), notice,
        Map.of("investorId", FieldRule.ofColumn("LP"), "investments", FieldRule.ofColumn("Capital")), Translator.LOCAL,
        List.of(), "m.yaml");
  }

  private final CollectedLines collected = new CollectedLines();
  private final List<ValidatedAllocation> valid = collected.allocations();

  /** Hands the rows (numbered from 2, after a header line) to the engine as a parser would. */
  @SafeVarargs
  private RecordDraft apply(Mapping mapping, Map<String, String>... rows) {
    MappingEngine engine = new MappingEngine(mapping, false, REF, collected);
    engine.columns(Set.copyOf(rows[0].keySet()));
    for (int i = 0; i < rows.length; i++) {
      engine.row(new SourceRow(i + 2, rows[i]));
    }
    return engine.finish().only();
  }

  @Test
  void expressionsComputeTextFromTheRowsColumns() {
    Mapping mapping = mapping(Map.of(
        "fundId", FieldRule.of(null, null, "$uppercase(Fund)", null, null),
        "noticeReference", FieldRule.of(null, null, "'CC-' & `Call No`", null, null),
        "noticeDate", FieldRule.of(null, "2026-11-02", null, null, null),
        "dueDate", FieldRule.of(null, "2026-11-16", null, null, null),
        "currency", FieldRule.of(null, "USD", null, null, null)));

    RecordDraft draft = apply(mapping, Map.of("Fund", "gf-iii", "Call No", "12", "LP", "LP-1", "Capital", "1,000.50"));

    assertThat(draft.errors().isEmpty()).isTrue();
    assertThat(draft.header()).containsEntry("fundId", "GF-III").containsEntry("noticeReference", "CC-12");
    assertThat(valid).singleElement().satisfies(a ->
        assertThat(a.components().get("investments")).isEqualTo(new BigDecimal("1000.50")));
  }

  @Test
  void anExpressionThatGivesAListIsARowError() {
    Mapping mapping = mapping(Map.of(
        "fundId", FieldRule.of(null, null, "[Fund, Fund]", null, null),
        "noticeReference", FieldRule.ofColumn("Call No"),
        "noticeDate", FieldRule.of(null, "2026-11-02", null, null, null),
        "dueDate", FieldRule.of(null, "2026-11-16", null, null, null),
        "currency", FieldRule.of(null, "USD", null, null, null)));

    RecordDraft draft = apply(mapping, Map.of("Fund", "GF-III", "Call No", "12", "LP", "LP-1", "Capital", "1"));

    assertThat(draft.errors().kept()).containsExactly(new RowError(2, "expression [Fund, Fund]", null,
        "the expression gave a list or an object, not a single value"));
  }

  @Test
  void aNoticeColumnThatChangesBetweenRowsIsReportedOnceAndTheRowIsNotStaged() {
    Mapping mapping = mapping(Map.of(
        "fundId", FieldRule.ofColumn("Fund"),
        "noticeReference", FieldRule.ofColumn("Call No"),
        "noticeDate", FieldRule.of(null, "2026-11-02", null, null, null),
        "dueDate", FieldRule.of(null, "2026-11-16", null, null, null),
        "currency", FieldRule.of(null, "USD", null, null, null)));

    RecordDraft draft = apply(mapping,
        Map.of("Fund", "GF-III", "Call No", "12", "LP", "LP-1", "Capital", "1"),
        Map.of("Fund", "GF-IV", "Call No", "12", "LP", "LP-2", "Capital", "2"),
        Map.of("Fund", "GF-V", "Call No", "12", "LP", "LP-3", "Capital", "3"));

    assertThat(draft.errors().kept()).containsExactly(new RowError(3, "Fund", "GF-IV",
        "differs from 'GF-III' in row 2: a submission holds one record (a mapping's records.groupBy reads many)"));
    assertThat(valid).extracting(ValidatedAllocation::investorId).containsExactly("LP-1", "LP-3");
    assertThat(draft.lines().rows()).isEqualTo(3);
  }

  @Test
  void aGroupedFileYieldsOneRecordPerValueOfItsGroupingColumnsInAnyRowOrder() {
    List<String> staged = new ArrayList<>();
    LineSink sink = new StagedByRecord(0, staged);
    MappingEngine engine = new MappingEngine(ledger(), false, REF, sink);
    engine.columns(Set.of("Fund", "Call No", "LP", "Capital", "Date", "Extra"));
    engine.row(new SourceRow(2, Map.of("Fund", "GF-III", "Call No", "12", "LP", "LP-1", "Capital", "1", "Date", "2026-11-02")));
    engine.row(new SourceRow(3, Map.of("Fund", "GF-IV", "Call No", "3", "LP", "LP-1", "Capital", "2", "Date", "2026-11-02")));
    engine.row(new SourceRow(4, Map.of("Fund", "GF-III", "Call No", "12", "LP", "LP-2", "Capital", "3", "Date", "2026-11-02")));
    engine.row(new SourceRow(5, Map.of("Fund", "GF-IV", "Call No", "3", "LP", "LP-2", "Capital", "x", "Date", "2026-11-02")));

    RecordDrafts drafts = engine.finish();

    assertThat(drafts.grouped()).isTrue();
    assertThat(drafts.records()).extracting(RecordDraft::recordNo, d -> d.header().get("fundId"),
            d -> d.header().get("noticeReference"), d -> d.lines().rows(), d -> d.errors().count())
        .containsExactly(tuple(1, "GF-III", "12", 2L, 0L), tuple(2, "GF-IV", "3", 2L, 1L));
    assertThat(drafts.records().get(1).errors().kept()).extracting(RowError::row).containsExactly(5);
    assertThat(staged).containsExactly("1:LP-1", "2:LP-1", "1:LP-2");
    assertThat(drafts.fileWarnings().kept()).extracting(RowError::field).containsExactly("Extra");
    assertThat(drafts.rowCount()).isEqualTo(4);
  }

  @Test
  void theRowsOfOneRecordMustAgreeOnTheNoticeFieldsTheGroupingDoesNotCover() {
    MappingEngine engine = new MappingEngine(ledger(), false, REF, collected);
    engine.columns(Set.of("Fund", "Call No", "LP", "Capital", "Date"));
    engine.row(new SourceRow(2, Map.of("Fund", "GF-III", "Call No", "12", "LP", "LP-1", "Capital", "1", "Date", "2026-11-02")));
    engine.row(new SourceRow(3, Map.of("Fund", "GF-III", "Call No", "12", "LP", "LP-2", "Capital", "1", "Date", "2026-11-03")));

    RecordDraft draft = engine.finish().records().get(0);

    assertThat(draft.errors().kept()).containsExactly(new RowError(3, "Date", "2026-11-03",
        "differs from '2026-11-02' in row 2: the rows of one record (equal Fund, Call No) must agree"));
  }

  @Test
  void aGroupedFileWithoutAGroupingColumnIsRejectedAsAWhole() {
    MappingEngine engine = new MappingEngine(ledger(), false, REF, collected);
    engine.columns(Set.of("Fund", "LP", "Capital", "Date"));
    engine.row(new SourceRow(2, Map.of("Fund", "GF-III", "LP", "LP-1", "Capital", "1", "Date", "2026-11-02")));

    RecordDrafts drafts = engine.finish();

    assertThat(drafts.grouped()).isFalse();
    assertThat(drafts.only().errors().kept()).extracting(RowError::field, RowError::message)
        .containsExactly(tuple("Call No", "required column is missing (mapping m)"));
    assertThat(valid).isEmpty();
  }

  /** Keeps each staged allocation as "record:investor"; record 0 is the file's own sink, never written to. */
  private record StagedByRecord(int recordNo, List<String> staged) implements LineSink {
    @Override
    public void allocation(ValidatedAllocation allocation) {
      assertThat(recordNo).as("a grouped file stages each line under its record").isPositive();
      staged.add(recordNo + ":" + allocation.investorId());
    }

    @Override
    public void line(ReportLine line) {
      throw new AssertionError("not a report");
    }

    @Override
    public LineSink record(int number) {
      return new StagedByRecord(number, staged);
    }
  }

  /** Rows grouped by fund and call number, the call's date read from a column. */
  private static Mapping ledger() {
    return new Mapping("m", 1, null, RecordType.CAPITAL_CALL, SourceFormat.of("csv"),
        new Recognition(List.of("text/csv"), null, null, null, null),
        Map.of("fundId", FieldRule.ofColumn("Fund"), "noticeReference", FieldRule.ofColumn("Call No"),
            "noticeDate", FieldRule.of("Date", null, null, null, null), "dueDate", FieldRule.of(null, "2026-11-16", null, null, null),
            "currency", FieldRule.of(null, "USD", null, null, null)),
        Map.of("investorId", FieldRule.ofColumn("LP"), "investments", FieldRule.ofColumn("Capital")), Translator.LOCAL,
        List.of("Fund", "Call No"), "m.yaml");
  }
}
