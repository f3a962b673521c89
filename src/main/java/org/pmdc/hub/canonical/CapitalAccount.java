package org.pmdc.hub.canonical;

import static org.pmdc.hub.canonical.CanonicalField.optional;
import static org.pmdc.hub.canonical.CanonicalField.required;
import static org.pmdc.hub.canonical.FieldType.AMOUNT;
import static org.pmdc.hub.canonical.FieldType.CURRENCY;
import static org.pmdc.hub.canonical.FieldType.DATE;
import static org.pmdc.hub.canonical.FieldType.SIGNED_AMOUNT;
import static org.pmdc.hub.canonical.FieldType.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The capital account statement, after the ILPA Reporting Template: one line per investor, the
 * NAV roll-forward for the period, the year to date ({@code …Ytd}) and since inception
 * ({@code …Itd}), and the commitment position at the period end.
 *
 * <p>The roll-forward the hub checks (one rule, documented in docs/mapping-guide.md): ending NAV
 * (net of accrued incentive allocation) = beginning NAV + contributions − distributions −
 * management fees + management fee rebate − partnership expenses + fee offsets/waivers +
 * interest/dividend/other income − placement fees + realized gain/loss + change in unrealized
 * gain/loss − incentive allocation paid − change in accrued incentive allocation. Ending NAV gross
 * = ending NAV net + accrued incentive allocation balance.
 */
final class CapitalAccount {

  /** The activity rows, in template order, with their sign in the roll-forward. */
  private static final List<AmountComponent> ROLL_FORWARD = List.of(
      new AmountComponent("beginningNav", 1),
      new AmountComponent("contributions", 1),
      new AmountComponent("distributions", -1),
      new AmountComponent("managementFees", -1),
      new AmountComponent("managementFeeRebate", 1),
      new AmountComponent("partnershipExpenses", -1),
      new AmountComponent("feeOffsets", 1),
      new AmountComponent("income", 1),
      new AmountComponent("placementFees", -1),
      new AmountComponent("realizedGainLoss", 1),
      new AmountComponent("unrealizedGainLoss", 1),
      new AmountComponent("incentiveAllocationPaid", -1),
      new AmountComponent("incentiveAllocationAccruedChange", -1));

  /** Values that may be negative: positions and changes in value; flows are never negative. */
  private static final List<String> SIGNED =
      List.of("beginningNav", "income", "realizedGainLoss", "unrealizedGainLoss", "incentiveAllocationAccruedChange");

  /** The period, year to date, since inception. */
  private static final List<String> COLUMNS = List.of("", "Ytd", "Itd");

  private CapitalAccount() {}

  static RecordType.Definition definition() {
    List<CanonicalField> lines = new ArrayList<>(List.of(required("investorId", TEXT), optional("investorName", TEXT)));
    List<Balance> balances = new ArrayList<>();
    for (String column : COLUMNS) {
      List<AmountComponent> components = new ArrayList<>();
      for (AmountComponent row : ROLL_FORWARD) {
        String name = row.name() + column;
        lines.add(optional(name, SIGNED.contains(row.name()) ? SIGNED_AMOUNT : AMOUNT));
        components.add(new AmountComponent(name, row.sign()));
      }
      lines.add(optional("endingNav" + column, SIGNED_AMOUNT));
      balances.add(new Balance("endingNav" + column, components));
    }
    lines.addAll(List.of(
        optional("incentiveAllocationAccruedBalance", SIGNED_AMOUNT),
        optional("endingNavGross", SIGNED_AMOUNT),
        optional("totalCommitment", AMOUNT),
        optional("beginningUnfunded", AMOUNT),
        optional("endingUnfunded", AMOUNT),
        optional("recallableDistributions", AMOUNT),
        optional("expiredCommitments", AMOUNT)));
    balances.add(new Balance("endingNavGross",
        List.of(new AmountComponent("endingNav", 1), new AmountComponent("incentiveAllocationAccruedBalance", 1))));
    return new RecordType.Definition(
        "capital_account_statement",
        false,
        "periodEnd",
        "periodEnd",
        null,
        List.of(required("fundId", TEXT), optional("periodStart", DATE), required("periodEnd", DATE),
            required("currency", CURRENCY), optional("description", TEXT)),
        List.copyOf(lines),
        List.of("investorId"),
        List.of(),
        List.copyOf(balances),
        List.of(
            new NotAbove("beginningUnfunded", "totalCommitment", "unfunded commitment exceeds the commitment"),
            new NotAbove("endingUnfunded", "totalCommitment", "unfunded commitment exceeds the commitment")),
        Map.of());
  }
}
