package org.pmdc.hub.canonical;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.api.RowErrors;
import org.springframework.stereotype.Component;

/**
 * The business rules that look at a record as a whole, whatever format it came in; each line was
 * checked by its {@link LineRules} as it streamed by. Called by the {@code translate-and-store}
 * route after translation. Rules are plain Java, one method each; all errors are collected (into
 * the draft's), so a publisher fixes a file in one go.
 *
 * <p>The rules: required header fields present; at least one line; each line key (investor,
 * position, company) once, found in SQL over the staged lines; header totals, when given, equal the
 * sum of the lines; the header's dates in order (a due date not before the notice date, a period's
 * start not after its end); the fund known to the hub.
 */
@Component("recordValidator")
public class RecordValidator {

  private final CanonicalNoticeJson canonicalJson;
  private final ObjectMapper json;

  RecordValidator(CanonicalNoticeJson canonicalJson, ObjectMapper json) {
    this.canonicalJson = canonicalJson;
    this.json = json;
  }

  /**
   * @param fundId the hub's id of the fund the draft names, or null when no such fund exists
   * @param duplicates staged lines whose key appeared on an earlier line ({@code
   *     sql/processing/duplicate-lines.sql}: source_row, line_key, first_row)
   * @param unregistered staged lines naming a party the record may not name ({@code
   *     unregistered-parties.sql}: source_row, code, party, company_fund, company_currency)
   * @param positions the checks across records ({@code position-checks.sql}; see {@link PositionChecks})
   */
  public Validation validate(RecordDraft draft, Long fundId, List<Map<String, Object>> duplicates,
      List<Map<String, Object>> unregistered, List<Map<String, Object>> positions) {
    RowErrors errors = draft.errors();
    if (draft.type() == null) {
      return rejected(draft);
    }
    checkRequired(draft, errors);
    if (fundId == null && draft.fundCode() != null) {
      errors.add(RowError.ofNotice(draft.sourceOf("fundId"), draft.fundCode(),
          "unknown fund: no fund with this code is registered for publisher " + draft.submission().publisherCode()));
    }
    checkDuplicates(draft, duplicates, errors);
    checkRegistered(draft, unregistered, errors);
    PositionChecks.apply(draft, positions, errors);
    checkTotals(draft, errors);
    checkDates(draft, errors);
    return errors.isEmpty() ? accepted(draft, fundId) : rejected(draft);
  }

  /**
   * Named parameters of {@code sql/processing/complete-records.sql}, which ends a many-record
   * submission once each record has its outcome: what concerns the file as a whole.
   */
  public Map<String, Object> fileOutcome(RecordDrafts drafts) {
    RecordDraft first = drafts.records().get(0);
    Map<String, Object> row = new HashMap<>();
    row.put("submissionId", first.submission().id());
    row.put("mappingId", first.mappingId());
    row.put("mappingVersion", first.mappingVersion());
    row.put("rowCount", drafts.rowCount());
    row.put("warnings", toJson(drafts.fileWarnings().kept()));
    return row;
  }

  private Validation accepted(RecordDraft draft, long fundId) {
    RecordType type = draft.type();
    String currency = (String) draft.header().get("currency");
    String canonical = canonicalJson.write(draft);
    ValidatedNotice notice =
        new ValidatedNotice(
            UUID.randomUUID(),
            draft,
            fundId,
            draft.header().get(type.referenceField()).toString(),
            (LocalDate) draft.header().get(type.dateField()),
            type.valueDateField() == null ? null : (LocalDate) draft.header().get(type.valueDateField()),
            currency,
            currency == null ? null : Money.minorUnits(currency),
            type.isNotice() ? draft.lines().totals().get("amount") : null,
            draft.lines().rows(),
            canonical,
            // The header and an ordered digest of the lines: what an amendment changes.
            Hashes.sha256Hex(canonical + draft.lines().digest()),
            toJson(draft.warnings().kept()));
    return new Validation(draft, notice, List.of(), "[]", notice.warningsJson());
  }

  private Validation rejected(RecordDraft draft) {
    List<RowError> errors = draft.errors().kept();
    return new Validation(draft, null, errors, toJson(errors), toJson(draft.warnings().kept()));
  }

  private String toJson(List<RowError> errors) {
    try {
      return json.writeValueAsString(errors);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("row errors must serialise", e);
    }
  }

  private static void checkRequired(RecordDraft draft, RowErrors errors) {
    if (draft.header().isEmpty() && errors.anyRowError()) {
      return; // every row was refused before its header was read: the row errors say why
    }
    for (CanonicalField field : draft.type().headerFields()) {
      String source = draft.sourceOf(field.name());
      if (field.required() && draft.header().get(field.name()) == null && !errors.concerns(null, source)) {
        errors.add(RowError.ofNotice(source, null, "required field is missing"));
      }
    }
    if (draft.lines().rows() == 0 && errors.isEmpty()) {
      errors.add(RowError.ofNotice(null, null,
          draft.type().isNotice() ? "the notice has no investor allocations" : "the record has no lines"));
    }
  }

  private static void checkDuplicates(RecordDraft draft, List<Map<String, Object>> duplicates, RowErrors errors) {
    RecordType type = draft.type();
    String what = type.isNotice()
        ? "investor appears more than once in the notice"
        : String.join(" and ", type.lineKey()) + " appears more than once in the record";
    for (Map<String, Object> duplicate : duplicates) {
      errors.add(new RowError(((Number) duplicate.get("source_row")).intValue(),
          draft.sourceOf(type.lineKey().get(0)), (String) duplicate.get("line_key"),
          what + " (first in row " + duplicate.get("first_row") + ")"));
    }
  }

  /**
   * Records keyed by investor (notices, capital account statements) name registered investors only,
   * when the publisher registers them first; seed 002's cohort inputs name the companies of their fund.
   */
  private static void checkRegistered(RecordDraft draft, List<Map<String, Object>> unregistered, RowErrors errors) {
    boolean byInvestor = draft.type().lineKey().equals(List.of("investorId"));
    String publisher = draft.submission().publisherCode();
    for (Map<String, Object> line : unregistered) {
      int row = ((Number) line.get("source_row")).intValue();
      String code = (String) line.get("code");
      if ("company".equals(line.get("party"))) {
        errors.add(new RowError(row, draft.sourceOf("companyId"), code, companyProblem(draft, publisher, line)));
      } else if (byInvestor) {
        errors.add(new RowError(row, draft.sourceOf("investorId"), code, "not a registered investor of publisher "
            + publisher + " (it registers its investors first: POST /api/v1/investors)"));
      }
    }
  }

  private static String companyProblem(RecordDraft draft, String publisher, Map<String, Object> company) {
    Object fund = company.get("company_fund");
    if (fund == null) {
      return "not a company of publisher " + publisher + " (register it first: POST /api/v1/companies)";
    }
    if (!fund.equals(draft.fundCode())) {
      return "a company of fund " + fund + ", not of the record's fund " + draft.fundCode();
    }
    return "the company reports in " + company.get("company_currency") + ": its cohort amounts are in that currency";
  }

  /** Checks the lines' sums against any totals the header gives. */
  private static void checkTotals(RecordDraft draft, RowErrors errors) {
    Map<String, BigDecimal> totals = draft.lines().totals();
    String currency = (String) draft.header().get("currency");
    BigDecimal amount = totals.get("amount");
    if (amount != null && Money.tooLarge(amount)) {
      errors.add(RowError.ofNotice(draft.sourceOf("totalAmount"), amount.toPlainString(),
          "the notice total: " + LineChecks.tooLargeMessage()));
    }
    // Only meaningful when every line was valid; otherwise the row errors say why.
    boolean linesValid = !errors.anyRowError();
    draft.type().totals().forEach((field, summed) -> {
      BigDecimal given = (BigDecimal) draft.header().get(field);
      if (given == null) {
        return;
      }
      LineChecks.money(null, draft.sourceOf(field), given, false, currency, errors);
      BigDecimal sum = totals.get(summed);
      if (linesValid && given.compareTo(sum) != 0) {
        errors.add(RowError.ofNotice(draft.sourceOf(field), given.toPlainString(), draft.type().isNotice()
            ? "the allocations sum to " + sum.toPlainString() + ", not to the notice total"
            : "the lines sum to " + sum.toPlainString() + ", not to " + field));
      }
    });
  }

  private static void checkDates(RecordDraft draft, RowErrors errors) {
    RecordType type = draft.type();
    if (type.valueDateField() != null) {
      checkOrder(draft, "noticeDate", type.valueDateField(), "must not be before the notice date ", errors);
    }
    checkOrder(draft, "periodStart", "periodEnd", "must not be before the period start ", errors);
  }

  private static void checkOrder(RecordDraft draft, String earlier, String later, String message, RowErrors errors) {
    if (draft.header().get(earlier) instanceof LocalDate first && draft.header().get(later) instanceof LocalDate second
        && second.isBefore(first)) {
      errors.add(RowError.ofNotice(draft.sourceOf(later), second.toString(), message + first));
    }
  }
}
