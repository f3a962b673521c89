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
 * The rules for each allocation of a notice (capital call, distribution): required fields present;
 * amounts not negative, at most 18 integer digits and within the currency's minor units; the
 * amount, when given, equals the sum of its components (withholding tax subtracted), and is
 * derived from them otherwise; the type's limits (unfunded commitment not above the commitment).
 */
final class AllocationRules implements LineRules {

  private final RecordType type;
  private final Map<String, String> sources;
  private final RowErrors errors;
  private final LineSink valid;
  private final Map<String, BigDecimal> totals = new LinkedHashMap<>();
  private final MessageDigest digest = Hashes.sha256();
  private String currency;
  private long rows;

  AllocationRules(RecordType type, Map<String, String> sources, RowErrors errors, LineSink valid) {
    this.type = type;
    this.sources = sources;
    this.errors = errors;
    this.valid = valid;
    type.components().forEach(c -> totals.put(c.name(), BigDecimal.ZERO));
    totals.put("amount", BigDecimal.ZERO);
  }

  @Override
  public void currency(String currency) {
    this.currency = currency;
  }

  @Override
  public void check(LineDraft allocation) {
    rows++;
    long errorsBefore = errors.count();
    LineChecks.required(type, allocation, sources, errors);
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
    LineChecks.limits(type, allocation, sources, errors);
    if (errors.count() == errorsBefore) {
      accept(new ValidatedAllocation(allocation.row(), (String) allocation.get("investorId"),
          (String) allocation.get("investorName"), components, amount, commitment, unfunded));
    }
  }

  private void accept(ValidatedAllocation allocation) {
    allocation.components().forEach((name, value) -> totals.merge(name, value, BigDecimal::add));
    totals.merge("amount", allocation.amount(), BigDecimal::add);
    digest(allocation);
    valid.allocation(allocation);
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

  @Override
  public LineSummary summary() {
    return new LineSummary(rows, Collections.unmodifiableMap(new LinkedHashMap<>(totals)), Hashes.hex(digest));
  }

  private void checkAmount(int row, String field, BigDecimal value) {
    LineChecks.money(row, sourceOf(field), value, false, currency, errors);
  }

  private String sourceOf(String field) {
    return sources.getOrDefault(field, field);
  }

  /** 1250000.00 and 1250000 are the same amount: a re-formatted file is not an amendment. */
  private static String plain(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }
}
