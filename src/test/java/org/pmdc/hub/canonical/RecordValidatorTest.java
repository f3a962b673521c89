package org.pmdc.hub.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.api.RowErrors;

/**
 * The business rules, one group per rule, on allocations passed through {@link AllocationRules}
 * and drafts built directly (no parsing involved).
 */
class RecordValidatorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long FUND = 7L;
  private final RecordValidator validator = new RecordValidator(new CanonicalNoticeJson(JSON), JSON);
  private final CollectedLines collected = new CollectedLines();
  private final List<ValidatedAllocation> valid = collected.allocations();

  @Test
  void aValidCapitalCallIsAcceptedWithDerivedAmountsAndTotals() throws Exception {
    Validation result = validator.validate(call(allocation(2, "LP-1", "100.00", "10.00"),
        allocation(3, "LP-2", "50", "5.00")), FUND, List.of(), List.of(), List.of());

    assertThat(result.verdict()).isEqualTo("accepted");
    ValidatedNotice notice = result.notice();
    assertThat(notice.totalAmount()).isEqualByComparingTo("165.00");
    assertThat(notice.allocationCount()).isEqualTo(2);
    assertThat(valid).extracting(ValidatedAllocation::amount).containsExactly(new BigDecimal("110.00"), new BigDecimal("55.00"));
    JsonNode canonical = JSON.readTree(notice.canonicalJson());
    assertThat(canonical.at("/totals/investments").asText()).isEqualTo("150.00");
    assertThat(canonical.at("/totals/amount").asText()).isEqualTo("165.00");
    JsonNode preview = JSON.readTree(new CanonicalNoticeJson(JSON).withLines(notice, valid, List.of()));
    assertThat(preview.at("/allocations/1/investments").asText()).isEqualTo("50.00");
  }

  @Test
  void theSameContentHasTheSameHashWhateverTheSourceRowsOrNumberFormat() {
    String first = hash(call(allocation(2, "LP-1", "100.00", "0")));
    String moved = hash(call(allocation(9, "LP-1", "100", "0.00")));
    String changed = hash(call(allocation(2, "LP-1", "100.01", "0")));

    assertThat(moved).isEqualTo(first);
    assertThat(changed).isNotEqualTo(first);
  }

  private String hash(RecordDraft draft) {
    return validator.validate(draft, FUND, List.of(), List.of(), List.of()).notice().contentSha256();
  }

  @Nested
  class Rejections {

    @Test
    void anUnknownFundNamesTheFundColumn() {
      assertThat(errors(call(allocation(2, "LP-1", "1.00", "0")), null))
          .containsExactly(new RowError(null, "fund_id", "GF-III",
              "unknown fund: no fund with this code is registered for publisher acme"));
    }

    @Test
    void aMissingRequiredNoticeFieldIsNamed() {
      RecordDraft draft = call(allocation(2, "LP-1", "1.00", "0"));
      draft.header().remove("dueDate");

      assertThat(errors(draft, FUND)).containsExactly(
          new RowError(null, "due_date", null, "required field is missing"));
    }

    @Test
    void aNegativeComponentIsRejectedOnItsRow() {
      assertThat(errors(call(allocation(4, "LP-1", "-1.00", "0")), FUND))
          .contains(new RowError(4, "investments", "-1.00", "amount must not be negative"));
    }

    @Test
    void anAmountBeyondWhatTheHubStoresIsRejectedNotFailedLater() {
      assertThat(errors(call(allocation(2, "LP-1", "1000000000000000000.00", "0")), FUND))
          .contains(new RowError(2, "investments", "1000000000000000000.00",
              "amount too large: at most 18 digits before the decimal point"));
    }

    @Test
    void moreDecimalsThanTheCurrencyHasAreRejected() {
      assertThat(errors(call(allocation(2, "LP-1", "1.005", "0")), FUND))
          .contains(new RowError(2, "investments", "1.005", "USD amounts have at most 2 decimal places"));
    }

    @Test
    void aGivenAmountMustEqualTheComponents() {
      LineDraft allocation = allocation(2, "LP-1", "100.00", "10.00");
      allocation.values().put("amount", new BigDecimal("111.00"));

      assertThat(errors(call(allocation), FUND)).containsExactly(new RowError(2, "amount", "111.00",
          "amount does not equal the sum of its components (110.00)"));
    }

    @Test
    void aGivenTotalMustEqualTheAllocations() {
      RecordDraft draft = call(allocation(2, "LP-1", "100.00", "0"));
      draft.header().put("totalAmount", new BigDecimal("100.01"));

      assertThat(errors(draft, FUND)).containsExactly(new RowError(null, "notice_total", "100.01",
          "the allocations sum to 100.00, not to the notice total"));
    }

    @Test
    void anInvestorFoundOnAnEarlierRowIsReportedOnItsRow() {
      Validation result = validator.validate(call(allocation(2, "LP-1", "1.00", "0"), allocation(5, "LP-1", "2.00", "0")),
          FUND, List.of(Map.of("source_row", 5, "line_key", "LP-1", "first_row", 2)), List.of(), List.of());

      assertThat(result.errors()).containsExactly(new RowError(5, "investor_id", "LP-1",
          "investor appears more than once in the notice (first in row 2)"));
    }

    @Test
    void onlyTheFirstThousandErrorsAreKeptButAllAreCounted() {
      LineDraft[] rows = new LineDraft[1500];
      for (int i = 0; i < rows.length; i++) {
        rows[i] = allocation(i + 2, "LP-" + i, "-1.00", "0");
      }
      Validation result = validator.validate(call(rows), FUND, List.of(), List.of(), List.of());

      assertThat(result.errors()).hasSize(RowErrors.KEPT);
      assertThat(result.rejectionRow()).containsEntry("errorCount", 1500L).containsEntry("rowCount", 1500L);
    }

    @Test
    void theDueDateMayNotPrecedeTheNoticeDate() {
      RecordDraft draft = call(allocation(2, "LP-1", "1.00", "0"));
      draft.header().put("dueDate", LocalDate.parse("2026-10-01"));

      assertThat(errors(draft, FUND)).containsExactly(new RowError(null, "due_date", "2026-10-01",
          "must not be before the notice date 2026-11-02"));
    }

    @Test
    void unfundedCommitmentCannotExceedTheCommitment() {
      LineDraft allocation = allocation(2, "LP-1", "1.00", "0");
      allocation.values().put("commitment", new BigDecimal("100.00"));
      allocation.values().put("unfundedAfter", new BigDecimal("100.01"));

      assertThat(errors(call(allocation), FUND)).containsExactly(new RowError(2, "unfunded_after", "100.01",
          "unfunded commitment exceeds the commitment (100.00)"));
    }

    @Test
    void withholdingTaxCannotExceedTheGrossDistribution() {
      Map<String, Object> values = new HashMap<>(Map.of("investorId", "LP-1",
          "returnOfCapital", new BigDecimal("10.00"), "withholdingTax", new BigDecimal("10.01")));
      RecordDraft draft = draft(RecordType.DISTRIBUTION, new LineDraft(2, values, true));

      assertThat(errors(draft, FUND)).containsExactly(new RowError(2, null, "-0.01",
          "the deductions (withholding tax) exceed the gross amount"));
    }

    @Test
    void aNoticeWithoutAllocationsIsRejected() {
      assertThat(errors(call(), FUND)).containsExactly(
          new RowError(null, null, null, "the notice has no investor allocations"));
    }
  }

  @Test
  void aRejectedRecordIsQuarantinedWhenTheTranslationServiceProducedIt() throws Exception {
    RecordDraft mapped = call();
    RecordDraft translated = new RecordDraft(mapped.submission(), 1, "saas-mapping", 1, mapped.type(), mapped.header(),
        mapped.lines(), mapped.sources(), mapped.errors(), mapped.warnings(), "translation-service", "job-1");

    assertThat(validator.validate(mapped, FUND, List.of(), List.of(), List.of()).verdict()).isEqualTo("rejected");
    assertThat(validator.validate(translated, FUND, List.of(), List.of(), List.of()).verdict()).isEqualTo("quarantined");
  }

  private List<RowError> errors(RecordDraft draft, Long fund) {
    Validation result = validator.validate(draft, fund, List.of(), List.of(), List.of());
    assertThat(result.accepted()).isFalse();
    return result.errors();
  }

  private static LineDraft allocation(int row, String investor, String investments, String fees) {
    Map<String, Object> values = new HashMap<>();
    values.put("investorId", investor);
    values.put("investments", new BigDecimal(investments));
    values.put("managementFees", new BigDecimal(fees));
    return new LineDraft(row, values, true);
  }

  private RecordDraft call(LineDraft... allocations) {
    return draft(RecordType.CAPITAL_CALL, allocations);
  }

  private RecordDraft draft(RecordType type, LineDraft... allocations) {
    Map<String, Object> notice = new HashMap<>();
    notice.put("fundId", "GF-III");
    notice.put("noticeReference", "CC-1");
    notice.put("noticeDate", LocalDate.parse("2026-11-02"));
    notice.put("dueDate", LocalDate.parse("2026-11-16"));
    notice.put("currency", "USD");
    Map<String, String> sources = Map.of("fundId", "fund_id", "dueDate", "due_date",
        "investments", "investments", "investorId", "investor_id", "totalAmount", "notice_total",
        "unfundedAfter", "unfunded_after", "amount", "amount");
    RowErrors errors = new RowErrors();
    LineRules rules = LineRules.of(type, sources, errors, collected);
    rules.currency("USD");
    for (LineDraft allocation : allocations) {
      rules.check(allocation);
    }
    return new RecordDraft(new SubmissionRef(1, UUID.randomUUID(), 1, "acme"), 1, "test-mapping", 1, type,
        notice, rules.summary(), sources, errors, new RowErrors(), "local-mapping", null);
  }
}
