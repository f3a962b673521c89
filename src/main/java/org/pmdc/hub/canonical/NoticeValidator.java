package org.pmdc.hub.canonical;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.api.RowErrors;
import org.springframework.stereotype.Component;

/**
 * The business rules that look at a notice as a whole, whatever format it came in; each
 * allocation was checked by {@link AllocationRules} as it streamed by. Called by the {@code
 * translate-and-store} route after translation. Rules are plain Java, one method each; all errors
 * are collected (into the draft's), so a publisher fixes a file in one go.
 *
 * <p>The rules: required notice fields present; at least one allocation; each investor once
 * (found in SQL over the staged rows); notice totals, when given, equal the sum of the allocations;
 * the due/payment date not before the notice date; the fund known to the hub.
 */
@Component("noticeValidator")
public class NoticeValidator {

  private static final String TOO_LARGE = "amount too large: at most 18 digits before the decimal point";

  private final CanonicalNoticeJson canonicalJson;
  private final ObjectMapper json;

  NoticeValidator(CanonicalNoticeJson canonicalJson, ObjectMapper json) {
    this.canonicalJson = canonicalJson;
    this.json = json;
  }

  /**
   * @param fundId the hub's id of the fund the draft names, or null when no such fund exists
   * @param duplicates staged rows whose investor appeared on an earlier row ({@code
   *     sql/processing/duplicate-investors.sql}: source_row, investor_code, first_row)
   */
  public Validation validate(NoticeDraft draft, Long fundId, List<Map<String, Object>> duplicates) {
    RowErrors errors = draft.errors();
    if (draft.type() == null) {
      return rejected(draft);
    }
    checkRequired(draft, errors);
    if (fundId == null && draft.fundCode() != null) {
      errors.add(RowError.ofNotice(draft.sourceOf("fundId"), draft.fundCode(),
          "unknown fund: no fund with this code is registered for publisher " + draft.submission().publisherCode()));
    }
    for (Map<String, Object> duplicate : duplicates) {
      errors.add(new RowError(((Number) duplicate.get("source_row")).intValue(), draft.sourceOf("investorId"),
          (String) duplicate.get("investor_code"),
          "investor appears more than once in the notice (first in row " + duplicate.get("first_row") + ")"));
    }
    checkTotals(draft, errors);
    checkDates(draft, errors);
    return errors.isEmpty() ? accepted(draft, fundId) : rejected(draft);
  }

  private Validation accepted(NoticeDraft draft, long fundId) {
    String currency = (String) draft.notice().get("currency");
    String canonical = canonicalJson.write(draft);
    ValidatedNotice notice =
        new ValidatedNotice(
            UUID.randomUUID(),
            draft,
            fundId,
            (String) draft.notice().get("noticeReference"),
            (LocalDate) draft.notice().get("noticeDate"),
            (LocalDate) draft.notice().get(draft.type().valueDateField()),
            currency,
            Money.minorUnits(currency),
            draft.allocations().totals().get("amount"),
            draft.allocations().rows(),
            canonical,
            // The header and an ordered digest of the allocations: what an amendment changes.
            Hashes.sha256Hex(canonical + draft.allocations().digest()),
            toJson(draft.warnings().kept()));
    return new Validation(draft, notice, List.of(), "[]", notice.warningsJson());
  }

  private Validation rejected(NoticeDraft draft) {
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

  private static void checkRequired(NoticeDraft draft, RowErrors errors) {
    for (CanonicalField field : draft.type().noticeFields()) {
      if (field.required() && draft.notice().get(field.name()) == null) {
        errors.add(RowError.ofNotice(draft.sourceOf(field.name()), null, "required field is missing"));
      }
    }
    if (draft.allocations().rows() == 0 && errors.isEmpty()) {
      errors.add(RowError.ofNotice(null, null, "the notice has no investor allocations"));
    }
  }

  /** Checks the allocations' sums against any totals the notice gives. */
  private static void checkTotals(NoticeDraft draft, RowErrors errors) {
    Map<String, BigDecimal> totals = draft.allocations().totals();
    String currency = (String) draft.notice().get("currency");
    BigDecimal amount = totals.get("amount");
    if (Money.tooLarge(amount)) {
      errors.add(RowError.ofNotice(draft.sourceOf("totalAmount"), amount.toPlainString(), "the notice total: " + TOO_LARGE));
    }
    // Only meaningful when every allocation was valid; otherwise the row errors say why.
    boolean allocationsValid = !errors.anyRowError();
    draft.type().components().forEach(c -> checkTotal(draft, c.totalField(), totals.get(c.name()), currency, allocationsValid, errors));
    checkTotal(draft, "totalAmount", amount, currency, allocationsValid, errors);
  }

  private static void checkTotal(NoticeDraft draft, String field, BigDecimal sum, String currency,
      boolean allocationsValid, RowErrors errors) {
    BigDecimal given = (BigDecimal) draft.notice().get(field);
    if (given == null) {
      return;
    }
    checkAmount(null, draft.sourceOf(field), given, currency, errors);
    if (allocationsValid && given.compareTo(sum) != 0) {
      errors.add(RowError.ofNotice(draft.sourceOf(field), given.toPlainString(),
          "the allocations sum to " + sum.toPlainString() + ", not to the notice total"));
    }
  }

  private static void checkDates(NoticeDraft draft, RowErrors errors) {
    LocalDate noticeDate = (LocalDate) draft.notice().get("noticeDate");
    String valueField = draft.type().valueDateField();
    LocalDate valueDate = (LocalDate) draft.notice().get(valueField);
    if (noticeDate != null && valueDate != null && valueDate.isBefore(noticeDate)) {
      errors.add(RowError.ofNotice(draft.sourceOf(valueField), valueDate.toString(),
          "must not be before the notice date " + noticeDate));
    }
  }

  /** Not negative, at most 18 integer digits, within the currency's minor units. */
  static void checkAmount(Integer row, String source, BigDecimal value, String currency, RowErrors errors) {
    if (value == null) {
      return;
    }
    if (value.signum() < 0) {
      errors.add(new RowError(row, source, value.toPlainString(), "amount must not be negative"));
    } else if (Money.tooLarge(value)) {
      errors.add(new RowError(row, source, value.toPlainString(), TOO_LARGE));
    } else if (currency != null && value.stripTrailingZeros().scale() > Money.minorUnits(currency)) {
      errors.add(new RowError(row, source, value.toPlainString(),
          currency + " amounts have at most " + Money.minorUnits(currency) + " decimal places"));
    }
  }
}
