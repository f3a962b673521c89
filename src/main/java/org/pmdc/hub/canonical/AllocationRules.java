package org.pmdc.hub.canonical;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.api.RowErrors;

/**
 * The rules each allocation of a notice must meet, applied as the rows stream by, and the running
 * totals and content digest of the valid ones, which go on to the {@link AllocationSink}. Memory
 * does not grow with the number of rows. The rules that look across rows (each investor once, the
 * totals) are in {@link NoticeValidator}, the former checked in SQL on the staged rows.
 *
 * <p>Per allocation: required fields present; amounts not negative, at most 18 integer digits and
 * within the currency's minor units; the amount, when given, equals the sum of its components
 * (withholding tax subtracted); unfunded commitment not above the commitment.
 */
public final class AllocationRules {

  private final RecordType type;
  private final Map<String, String> sources;
  private final RowErrors errors;
  private final AllocationSink valid;
  private final Map<String, BigDecimal> totals = new LinkedHashMap<>();
  private final MessageDigest digest = Hashes.sha256();
  private String currency;
  private long rows;

  /**
   * @param sources canonical field name to the source column it was read from, for messages
   */
  public AllocationRules(RecordType type, Map<String, String> sources, RowErrors errors, AllocationSink valid) {
    this.type = type;
    this.sources = sources;
    this.errors = errors;
    this.valid = valid;
    type.components().forEach(c -> totals.put(c.name(), BigDecimal.ZERO));
    totals.put("amount", BigDecimal.ZERO);
  }

  /** The notice's currency, known from its first row; amounts are checked against it. */
  public void currency(String currency) {
    this.currency = currency;
  }

  public void check(AllocationDraft allocation) {
    rows++;
    long errorsBefore = errors.count();
    checkRequired(allocation);
    Map<String, BigDecimal> components = new LinkedHashMap<>();
    BigDecimal amount = BigDecimal.ZERO;
    for (AmountComponent component : type.components()) {
      BigDecimal value = allocation.get(component.name()) instanceof BigDecimal given ? given : BigDecimal.ZERO;
      checkAmount(allocation.row(), component.name(), value);
      components.put(component.name(), value);
      amount = amount.add(value.multiply(BigDecimal.valueOf(component.sign())));
    }
    if (!allocation.readable()) {
      return;
    }
    BigDecimal given = (BigDecimal) allocation.get("amount");
    if (given != null && given.compareTo(amount) != 0) {
      errors.add(new RowError(allocation.row(), sourceOf("amount"), given.toPlainString(),
          "amount does not equal the sum of its components (" + amount.toPlainString() + ")"));
    } else if (amount.signum() < 0 && errors.count() == errorsBefore) {
      errors.add(new RowError(allocation.row(), null, amount.toPlainString(),
          "the deductions (withholding tax) exceed the gross amount"));
    }
    BigDecimal commitment = (BigDecimal) allocation.get("commitment");
    BigDecimal unfunded = (BigDecimal) allocation.get("unfundedAfter");
    checkAmount(allocation.row(), "commitment", commitment);
    checkAmount(allocation.row(), "unfundedAfter", unfunded);
    if (commitment != null && unfunded != null && unfunded.compareTo(commitment) > 0) {
      errors.add(new RowError(allocation.row(), sourceOf("unfundedAfter"), unfunded.toPlainString(),
          "unfunded commitment exceeds the commitment (" + commitment.toPlainString() + ")"));
    }
    if (errors.count() == errorsBefore) {
      accept(new ValidatedAllocation(allocation.row(), (String) allocation.get("investorId"),
          (String) allocation.get("investorName"), components, amount, commitment, unfunded));
    }
  }

  private void accept(ValidatedAllocation allocation) {
    allocation.components().forEach((name, value) -> totals.merge(name, value, BigDecimal::add));
    totals.merge("amount", allocation.amount(), BigDecimal::add);
    digest(allocation);
    valid.accept(allocation);
  }

  /** The canonical values of the allocation, one unit-separated line: what an amendment changes. */
  private void digest(ValidatedAllocation allocation) {
    StringBuilder line = new StringBuilder(allocation.investorId())
        .append('\u001F').append(Objects.toString(allocation.investorName(), ""));
    allocation.components().values().forEach(v -> line.append('\u001F').append(plain(v)));
    line.append('\u001F').append(plain(allocation.commitment()))
        .append('\u001F').append(plain(allocation.unfundedAfter())).append('\n');
    digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
  }

  public AllocationSummary summary() {
    return new AllocationSummary(rows, Collections.unmodifiableMap(new LinkedHashMap<>(totals)), Hashes.hex(digest));
  }

  private void checkRequired(AllocationDraft allocation) {
    for (CanonicalField field : type.allocationFields()) {
      if (field.required() && allocation.get(field.name()) == null) {
        errors.add(new RowError(allocation.row(), sourceOf(field.name()), null, "required field is missing"));
      }
    }
  }

  private void checkAmount(int row, String field, BigDecimal value) {
    NoticeValidator.checkAmount(row, sourceOf(field), value, currency, errors);
  }

  private String sourceOf(String field) {
    return sources.getOrDefault(field, field);
  }

  /** 1250000.00 and 1250000 are the same amount: a re-formatted file is not an amendment. */
  private static String plain(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }
}
