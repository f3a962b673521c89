package org.pmdc.hub.canonical;

import java.math.BigDecimal;
import java.util.Map;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.api.RowErrors;

/** Rules every line of every record type meets; each a static method over one line. */
final class LineChecks {

  private static final String TOO_LARGE = "amount too large: at most 18 digits before the decimal point";

  private LineChecks() {}

  static void required(RecordType type, LineDraft line, Map<String, String> sources, RowErrors errors) {
    for (CanonicalField field : type.lineFields()) {
      String source = sourceOf(sources, field.name());
      if (field.required() && line.get(field.name()) == null && !errors.concerns(line.row(), source)) {
        errors.add(new RowError(line.row(), source, null, "required field is missing"));
      }
    }
  }

  /** A value above its limit on the same line, when both are given. */
  static void limits(RecordType type, LineDraft line, Map<String, String> sources, RowErrors errors) {
    for (NotAbove rule : type.limits()) {
      Object value = line.get(rule.field());
      Object limit = line.get(rule.limit());
      if (value != null && limit != null && compare(value, limit) > 0) {
        errors.add(new RowError(line.row(), sourceOf(sources, rule.field()), text(value),
            rule.message() + " (" + text(limit) + ")"));
      }
    }
  }

  /** Two values of one field type (amounts, dates): a rule only ever compares like with like. */
  @SuppressWarnings("unchecked")
  private static int compare(Object value, Object limit) {
    return ((Comparable<Object>) value).compareTo(limit);
  }

  private static String text(Object value) {
    return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
  }

  /** Not negative (unless signed), at most 18 integer digits, within the currency's minor units. */
  static void money(Integer row, String source, BigDecimal value, boolean signed, String currency, RowErrors errors) {
    if (value == null) {
      return;
    }
    if (!signed && value.signum() < 0) {
      errors.add(new RowError(row, source, value.toPlainString(), "amount must not be negative"));
    } else if (Money.tooLarge(value)) {
      errors.add(new RowError(row, source, value.toPlainString(), TOO_LARGE));
    } else if (currency != null && value.stripTrailingZeros().scale() > Money.minorUnits(currency)) {
      errors.add(new RowError(row, source, value.toPlainString(),
          currency + " amounts have at most " + Money.minorUnits(currency) + " decimal places"));
    }
  }

  static String tooLargeMessage() {
    return TOO_LARGE;
  }

  static String sourceOf(Map<String, String> sources, String field) {
    return sources.getOrDefault(field, field);
  }
}
