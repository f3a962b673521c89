package org.pmdc.hub.canonical;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pmdc.hub.api.RowError;
import org.springframework.stereotype.Component;

/**
 * The business rules every notice must meet, whatever format it came in. Called by the {@code
 * process-submission} route after translation. Rules are plain Java, one method each, so each can
 * be read and tested on its own; all errors are collected, so a publisher fixes a file in one go.
 *
 * <p>The rules: required fields present; amounts not negative and within the currency's minor
 * units; an allocation's amount, when given, equals the sum of its components (withholding tax
 * subtracted); notice totals, when given, equal the sum of the allocations; each investor once;
 * the due/payment date not before the notice date; unfunded commitment not above the commitment;
 * the fund known to the hub.
 */
@Component("noticeValidator")
public class NoticeValidator {

  private static final int MAX_INTEGER_DIGITS = 18;
  private static final String TOO_LARGE = "amount too large: at most 18 digits before the decimal point";

  private final CanonicalNoticeJson canonicalJson;
  private final ObjectMapper json;

  NoticeValidator(CanonicalNoticeJson canonicalJson, ObjectMapper json) {
    this.canonicalJson = canonicalJson;
    this.json = json;
  }

  /**
   * @param fundId the hub's id of the fund the draft names, or null when no such fund exists
   */
  public Validation validate(NoticeDraft draft, Long fundId) {
    List<RowError> errors = new ArrayList<>(draft.errors());
    if (draft.type() == null) {
      return rejected(draft, errors);
    }
    checkRequired(draft, errors);
    if (fundId == null && draft.fundCode() != null) {
      errors.add(
          RowError.ofNotice(
              draft.sourceOf("fundId"),
              draft.fundCode(),
              "unknown fund: no fund with this code is registered for publisher "
                  + draft.submission().publisherCode()));
    }
    String currency = (String) draft.notice().get("currency");
    List<ValidatedAllocation> allocations = validateAllocations(draft, currency, errors);
    Map<String, BigDecimal> totals = checkTotals(draft, allocations, errors);
    checkDates(draft, errors);
    if (!errors.isEmpty()) {
      return rejected(draft, errors);
    }
    return accepted(draft, fundId, currency, allocations, totals);
  }

  private Validation accepted(
      NoticeDraft draft,
      long fundId,
      String currency,
      List<ValidatedAllocation> allocations,
      Map<String, BigDecimal> totals) {
    String canonical = canonicalJson.write(draft, allocations, totals);
    ValidatedNotice notice =
        new ValidatedNotice(
            UUID.randomUUID(),
            draft,
            fundId,
            (String) draft.notice().get("noticeReference"),
            (LocalDate) draft.notice().get("noticeDate"),
            (LocalDate) draft.notice().get(draft.type().valueDateField()),
            currency,
            totals.get("amount"),
            allocations,
            canonical,
            Hashes.sha256Hex(canonical),
            toJson(draft.warnings()));
    return new Validation(draft, notice, List.of(), "[]", notice.warningsJson());
  }

  private Validation rejected(NoticeDraft draft, List<RowError> errors) {
    return new Validation(draft, null, List.copyOf(errors), toJson(errors), toJson(draft.warnings()));
  }

  private String toJson(List<RowError> errors) {
    try {
      return json.writeValueAsString(errors);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("row errors must serialise", e);
    }
  }

  private static void checkRequired(NoticeDraft draft, List<RowError> errors) {
    for (CanonicalField field : draft.type().noticeFields()) {
      if (field.required() && draft.notice().get(field.name()) == null) {
        errors.add(
            RowError.ofNotice(draft.sourceOf(field.name()), null, "required field is missing"));
      }
    }
    if (draft.allocations().isEmpty() && draft.errors().isEmpty()) {
      errors.add(RowError.ofNotice(null, null, "the notice has no investor allocations"));
    }
    for (AllocationDraft allocation : draft.allocations()) {
      for (CanonicalField field : draft.type().allocationFields()) {
        if (field.required() && allocation.get(field.name()) == null) {
          errors.add(
              new RowError(
                  allocation.row(),
                  draft.sourceOf(field.name()),
                  null,
                  "required field is missing"));
        }
      }
    }
  }

  private static List<ValidatedAllocation> validateAllocations(
      NoticeDraft draft, String currency, List<RowError> errors) {
    List<ValidatedAllocation> valid = new ArrayList<>();
    Map<String, Integer> rowOfInvestor = new HashMap<>();
    // A row whose values could not be read has its own errors; sums over it would only add noise.
    Set<Integer> unreadableRows = new HashSet<>();
    draft.errors().forEach(e -> unreadableRows.add(e.row()));
    for (AllocationDraft allocation : draft.allocations()) {
      int errorsBefore = errors.size();
      String investor = (String) allocation.get("investorId");
      Integer firstRow = investor == null ? null : rowOfInvestor.putIfAbsent(investor, allocation.row());
      if (firstRow != null) {
        errors.add(
            new RowError(
                allocation.row(),
                draft.sourceOf("investorId"),
                investor,
                "investor appears more than once in the notice (first in row " + firstRow + ")"));
      }
      Map<String, BigDecimal> components = new LinkedHashMap<>();
      BigDecimal amount = BigDecimal.ZERO;
      for (AmountComponent component : draft.type().components()) {
        BigDecimal value = amountOrZero(allocation.get(component.name()));
        checkAmount(draft, allocation.row(), component.name(), value, currency, errors);
        components.put(component.name(), value);
        amount = amount.add(value.multiply(BigDecimal.valueOf(component.sign())));
      }
      BigDecimal given = (BigDecimal) allocation.get("amount");
      if (unreadableRows.contains(allocation.row())) {
        continue;
      }
      if (given != null && given.compareTo(amount) != 0) {
        errors.add(
            new RowError(
                allocation.row(),
                draft.sourceOf("amount"),
                given.toPlainString(),
                "amount does not equal the sum of its components (" + amount.toPlainString() + ")"));
      } else if (amount.signum() < 0 && errors.size() == errorsBefore) {
        errors.add(
            new RowError(
                allocation.row(),
                null,
                amount.toPlainString(),
                "the deductions (withholding tax) exceed the gross amount"));
      }
      BigDecimal commitment = (BigDecimal) allocation.get("commitment");
      BigDecimal unfunded = (BigDecimal) allocation.get("unfundedAfter");
      checkAmount(draft, allocation.row(), "commitment", commitment, currency, errors);
      checkAmount(draft, allocation.row(), "unfundedAfter", unfunded, currency, errors);
      if (commitment != null && unfunded != null && unfunded.compareTo(commitment) > 0) {
        errors.add(
            new RowError(
                allocation.row(),
                draft.sourceOf("unfundedAfter"),
                unfunded.toPlainString(),
                "unfunded commitment exceeds the commitment (" + commitment.toPlainString() + ")"));
      }
      if (errors.size() == errorsBefore) {
        valid.add(
            new ValidatedAllocation(
                allocation.row(),
                investor,
                (String) allocation.get("investorName"),
                components,
                amount,
                commitment,
                unfunded));
      }
    }
    return valid;
  }

  private static void checkAmount(
      NoticeDraft draft,
      Integer row,
      String field,
      BigDecimal value,
      String currency,
      List<RowError> errors) {
    if (value == null) {
      return;
    }
    String source = draft.sourceOf(field);
    if (value.signum() < 0) {
      errors.add(new RowError(row, source, value.toPlainString(), "amount must not be negative"));
    } else if (tooLarge(value)) {
      errors.add(new RowError(row, source, value.toPlainString(), TOO_LARGE));
    } else if (currency != null && value.stripTrailingZeros().scale() > minorUnits(currency)) {
      errors.add(
          new RowError(
              row,
              source,
              value.toPlainString(),
              currency + " amounts have at most " + minorUnits(currency) + " decimal places"));
    }
  }

  /** Sums the allocations per component and checks them against any totals the notice gives. */
  private static Map<String, BigDecimal> checkTotals(
      NoticeDraft draft, List<ValidatedAllocation> allocations, List<RowError> errors) {
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    String currency = (String) draft.notice().get("currency");
    for (AmountComponent component : draft.type().components()) {
      BigDecimal sum =
          allocations.stream()
              .map(a -> a.components().get(component.name()))
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      totals.put(component.name(), sum);
      checkTotal(draft, component.totalField(), sum, currency, errors);
    }
    BigDecimal amount =
        allocations.stream().map(ValidatedAllocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    totals.put("amount", amount);
    if (tooLarge(amount)) {
      errors.add(RowError.ofNotice(draft.sourceOf("totalAmount"), amount.toPlainString(), "the notice total: " + TOO_LARGE));
    }
    checkTotal(draft, "totalAmount", amount, currency, errors);
    return totals;
  }

  private static void checkTotal(
      NoticeDraft draft, String field, BigDecimal sum, String currency, List<RowError> errors) {
    BigDecimal given = (BigDecimal) draft.notice().get(field);
    if (given == null) {
      return;
    }
    checkAmount(draft, null, field, given, currency, errors);
    // Only meaningful when every allocation was valid; otherwise the row errors say why.
    boolean allocationsValid = errors.stream().noneMatch(e -> e.row() != null);
    if (allocationsValid && given.compareTo(sum) != 0) {
      errors.add(
          RowError.ofNotice(
              draft.sourceOf(field),
              given.toPlainString(),
              "the allocations sum to " + sum.toPlainString() + ", not to the notice total"));
    }
  }

  private static void checkDates(NoticeDraft draft, List<RowError> errors) {
    LocalDate noticeDate = (LocalDate) draft.notice().get("noticeDate");
    String valueField = draft.type().valueDateField();
    LocalDate valueDate = (LocalDate) draft.notice().get(valueField);
    if (noticeDate != null && valueDate != null && valueDate.isBefore(noticeDate)) {
      errors.add(
          RowError.ofNotice(
              draft.sourceOf(valueField),
              valueDate.toString(),
              "must not be before the notice date " + noticeDate));
    }
  }

  /** Amounts are stored as NUMERIC(22,4): at most 18 digits before the decimal point. */
  private static boolean tooLarge(BigDecimal value) {
    return value.precision() - value.scale() > MAX_INTEGER_DIGITS;
  }

  private static BigDecimal amountOrZero(Object value) {
    return value == null ? BigDecimal.ZERO : (BigDecimal) value;
  }

  private static int minorUnits(String currency) {
    return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
  }
}
