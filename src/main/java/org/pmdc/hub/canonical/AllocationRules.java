package org.pmdc.hub.canonical;

import java.math.BigDecimal;
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
final class AllocationRules extends LineRules {

  AllocationRules(RecordType type, Map<String, String> sources, RowErrors errors, LineSink valid) {
    super(type, sources, errors, valid);
  }

  @Override
  protected void checkLine(LineDraft allocation) {
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
    digest(canonicalLine(allocation));
    valid.allocation(allocation);
  }

  /** The canonical values of the allocation, unit-separated. */
  private static String canonicalLine(ValidatedAllocation allocation) {
    StringBuilder line = new StringBuilder(allocation.investorId())
        .append('\u001F').append(Objects.toString(allocation.investorName(), ""));
    allocation.components().values().forEach(v -> line.append('\u001F').append(plain(v)));
    line.append('\u001F').append(plain(allocation.commitment()))
        .append('\u001F').append(plain(allocation.unfundedAfter()));
    return line.toString();
  }

  private void checkAmount(int row, String field, BigDecimal value) {
    LineChecks.money(row, sourceOf(field), value, false, currency, errors);
  }

  /** 1250000.00 and 1250000 are the same amount: a re-formatted file is not an amendment. */
  private static String plain(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }
}
