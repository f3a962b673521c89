package org.pmdc.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.canonical.CollectedLines;
import org.pmdc.hub.canonical.RecordDraft;
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
        "fundId", FieldRule.of(null, null, "$uppercase(Fund)", null),
        "noticeReference", FieldRule.of(null, null, "'CC-' & `Call No`", null),
        "noticeDate", FieldRule.of(null, "2026-11-02", null, null),
        "dueDate", FieldRule.of(null, "2026-11-16", null, null),
        "currency", FieldRule.of(null, "USD", null, null)));

    RecordDraft draft = apply(mapping, Map.of("Fund", "gf-iii", "Call No", "12", "LP", "LP-1", "Capital", "1,000.50"));

    assertThat(draft.errors().isEmpty()).isTrue();
    assertThat(draft.header()).containsEntry("fundId", "GF-III").containsEntry("noticeReference", "CC-12");
    assertThat(valid).singleElement().satisfies(a ->
        assertThat(a.components().get("investments")).isEqualTo(new BigDecimal("1000.50")));
  }

  @Test
  void anExpressionThatGivesAListIsARowError() {
    Mapping mapping = mapping(Map.of(
        "fundId", FieldRule.of(null, null, "[Fund, Fund]", null),
        "noticeReference", FieldRule.ofColumn("Call No"),
        "noticeDate", FieldRule.of(null, "2026-11-02", null, null),
        "dueDate", FieldRule.of(null, "2026-11-16", null, null),
        "currency", FieldRule.of(null, "USD", null, null)));

    RecordDraft draft = apply(mapping, Map.of("Fund", "GF-III", "Call No", "12", "LP", "LP-1", "Capital", "1"));

    assertThat(draft.errors().kept()).containsExactly(new RowError(2, "expression [Fund, Fund]", null,
        "the expression gave a list or an object, not a single value"));
  }

  @Test
  void aNoticeColumnThatChangesBetweenRowsIsReportedOnceAndTheRowIsNotStaged() {
    Mapping mapping = mapping(Map.of(
        "fundId", FieldRule.ofColumn("Fund"),
        "noticeReference", FieldRule.ofColumn("Call No"),
        "noticeDate", FieldRule.of(null, "2026-11-02", null, null),
        "dueDate", FieldRule.of(null, "2026-11-16", null, null),
        "currency", FieldRule.of(null, "USD", null, null)));

    RecordDraft draft = apply(mapping,
        Map.of("Fund", "GF-III", "Call No", "12", "LP", "LP-1", "Capital", "1"),
        Map.of("Fund", "GF-IV", "Call No", "12", "LP", "LP-2", "Capital", "2"),
        Map.of("Fund", "GF-V", "Call No", "12", "LP", "LP-3", "Capital", "3"));

    assertThat(draft.errors().kept()).containsExactly(new RowError(3, "Fund", "GF-IV",
        "differs from 'GF-III' in row 2: a submission holds one record (a mapping's records.groupBy reads many)"));
    assertThat(valid).extracting(ValidatedAllocation::investorId).containsExactly("LP-1", "LP-3");
    assertThat(draft.lines().rows()).isEqualTo(3);
  }
}
