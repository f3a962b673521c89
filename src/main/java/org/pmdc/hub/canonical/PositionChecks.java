package org.pmdc.hub.canonical;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.api.RowErrors;

/**
 * The checks of a record across the publisher's earlier records, from the rows of
 * {@code sql/processing/position-checks.sql}: findings about each investor's position in the fund
 * (warnings, or errors where the publisher asked for that) and the fund's currency (an error
 * unless the fund reports in several currencies). Each finding names the row, the investor, the
 * stated and the expected figures and the earlier record they come from.
 */
final class PositionChecks {

  private PositionChecks() {}

  static void apply(RecordDraft draft, List<Map<String, Object>> rows, RowErrors errors) {
    if (rows.isEmpty()) {
      return; // no such fund: reported already
    }
    Map<String, Object> fund = rows.get(0);
    String currency = (String) draft.header().get("currency");
    String fundCurrency = (String) fund.get("fund_currency");
    if (currency != null && !currency.equals(fundCurrency) && !Boolean.TRUE.equals(fund.get("multi_currency"))) {
      errors.add(RowError.ofNotice(draft.sourceOf("currency"), currency, "the fund " + draft.fundCode() + " reports in "
          + fundCurrency + "; a record in " + currency + " needs the fund marked multiCurrency"));
    }
    RowErrors findings = "reject".equals(fund.get("position_checks")) ? errors : draft.warnings();
    for (Map<String, Object> row : rows) {
      if (row.get("finding") != null) {
        findings.add(new RowError(((Number) row.get("source_row")).intValue(), draft.sourceOf("investorId"),
            (String) row.get("investor_code"), message(row, currency == null ? fundCurrency : currency)));
      }
    }
  }

  /** The finding in words, the figures written in the currency's minor units. */
  static String message(Map<String, Object> row, String currency) {
    String stated = text((BigDecimal) row.get("stated"), currency);
    String expected = text((BigDecimal) row.get("expected"), currency);
    String earlier = row.get("earlier_reference") == null ? null
        : row.get("earlier_reference") + " of " + date(row.get("earlier_date"));
    return switch ((String) row.get("finding")) {
      case "commitment_differs" -> "commitment " + stated + " differs from the " + expected + " stated in " + earlier;
      case "unfunded_differs" -> "unfundedAfter " + stated + " disagrees with the position from earlier records: "
          + "expected " + expected + " (the unfunded commitment after " + earlier + ", plus recallable amounts "
          + "distributed since, minus this call), off by " + text(((BigDecimal) row.get("stated"))
              .subtract((BigDecimal) row.get("expected")).abs(), currency);
      case "past_commitment" -> "this call of " + stated + " takes the investor past its commitment: " + expected
          + " was left to call after " + earlier + " (recallable amounts included)";
      case "distribution_before_call" -> "a distribution to an investor no earlier capital call of this fund names";
      case "period_contributions" -> "contributions " + stated + " for the period disagree with the capital calls "
          + "stored for it, which total " + expected;
      case "period_distributions" -> "distributions " + stated + " for the period disagree with the distribution "
          + "notices stored for it, which total " + expected;
      default -> throw new IllegalStateException("unknown position finding " + row.get("finding"));
    };
  }

  /** In the currency's minor units, never rounded (an amount with more decimals keeps them). */
  private static String text(BigDecimal amount, String currency) {
    if (amount == null) {
      return null;
    }
    int scale = currency == null ? 0 : Money.minorUnits(currency);
    return amount.setScale(Math.max(scale, amount.stripTrailingZeros().scale())).toPlainString();
  }

  private static String date(Object value) {
    return value instanceof Date sql ? sql.toLocalDate().toString()
        : value instanceof LocalDate local ? local.toString() : String.valueOf(value);
  }
}
