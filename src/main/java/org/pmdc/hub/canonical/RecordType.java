package org.pmdc.hub.canonical;

import static org.pmdc.hub.canonical.CanonicalField.optional;
import static org.pmdc.hub.canonical.CanonicalField.required;
import static org.pmdc.hub.canonical.FieldType.AMOUNT;
import static org.pmdc.hub.canonical.FieldType.CURRENCY;
import static org.pmdc.hub.canonical.FieldType.DATE;
import static org.pmdc.hub.canonical.FieldType.INTEGER;
import static org.pmdc.hub.canonical.FieldType.PERCENT;
import static org.pmdc.hub.canonical.FieldType.SIGNED_AMOUNT;
import static org.pmdc.hub.canonical.FieldType.TEXT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The canonical record types: each a header (fund, identity, dates) and lines (one per investor,
 * position or company), with the fields a mapping may fill for each. Names follow ILPA's templates
 * and, for portfolio-company metrics, the brief's seed 003.
 *
 * <p>Two shapes. <b>Notices</b> (capital call, distribution) move money: each allocation's amount
 * is derived from its components, the totals from the allocations, and the allocations are kept in
 * typed tables. <b>Reports</b> (capital account statement, schedule of investments, company
 * quarterly metrics) state positions: their lines are checked (types, balances, limits, totals)
 * and kept as canonical JSON lines. One report, company reporting, is computed by the hub and
 * cannot be published ({@link #isComputed}). Seed 002's cohort inputs are reports too; a company's
 * customers and their payments are published but not delivered ({@link #isDeliverable}).
 */
public enum RecordType {
  CAPITAL_CALL(notice(
      "capital_call",
      "dueDate",
      List.of(
          new AmountComponent("investments", 1),
          new AmountComponent("managementFees", 1),
          new AmountComponent("fundExpenses", 1),
          new AmountComponent("other", 1)),
      List.of(optional("commitment", AMOUNT), optional("unfundedAfter", AMOUNT)),
      List.of(new NotAbove("unfundedAfter", "commitment", "unfunded commitment exceeds the commitment")))),

  DISTRIBUTION(notice(
      "distribution",
      "paymentDate",
      List.of(
          new AmountComponent("returnOfCapital", 1),
          new AmountComponent("realizedGain", 1),
          new AmountComponent("dividendsInterest", 1),
          new AmountComponent("withholdingTax", -1),
          new AmountComponent("recallable", 0)),
      List.of(),
      List.of())),

  CAPITAL_ACCOUNT_STATEMENT(CapitalAccount.definition()),

  SCHEDULE_OF_INVESTMENTS(new Definition(
      "schedule_of_investments",
      false,
      "asOfDate",
      "asOfDate",
      null,
      List.of(required("fundId", TEXT), required("asOfDate", DATE), required("currency", CURRENCY),
          optional("description", TEXT), optional("totalCost", AMOUNT), optional("totalFairValue", AMOUNT),
          optional("totalRealizedProceeds", AMOUNT)),
      List.of(required("companyId", TEXT), optional("companyName", TEXT), required("instrument", TEXT),
          optional("investmentDate", DATE), optional("cost", AMOUNT), required("fairValue", AMOUNT),
          optional("ownershipPercent", PERCENT), optional("realizedProceeds", AMOUNT), optional("status", TEXT),
          optional("industry", TEXT), optional("country", TEXT)),
      List.of("companyId", "instrument"),
      List.of(),
      List.of(),
      List.of(),
      totals("totalCost", "cost", "totalFairValue", "fairValue", "totalRealizedProceeds", "realizedProceeds"))),

  COMPANY_QUARTERLY_METRICS(new Definition(
      "company_quarterly_metrics",
      false,
      "periodEnd",
      "periodEnd",
      null,
      List.of(required("fundId", TEXT), required("periodEnd", DATE), optional("description", TEXT)),
      List.of(required("companyId", TEXT), optional("companyName", TEXT), required("currency", CURRENCY),
          optional("totalRevenue", AMOUNT), optional("recurringRevenue", AMOUNT),
          optional("grossProfit", SIGNED_AMOUNT), optional("salesMarketingExpense", AMOUNT),
          optional("totalOperatingExpense", AMOUNT), optional("ebitda", SIGNED_AMOUNT),
          optional("netIncome", SIGNED_AMOUNT), optional("cashBurn", SIGNED_AMOUNT),
          optional("cashBalance", AMOUNT), optional("debtOutstanding", AMOUNT), optional("employees", INTEGER),
          optional("customers", INTEGER), optional("fiscalYear", INTEGER), optional("fiscalQuarter", INTEGER)),
      List.of("companyId"),
      List.of(),
      List.of(),
      List.of(
          new NotAbove("recurringRevenue", "totalRevenue", "recurring revenue exceeds total revenue"),
          new NotAbove("grossProfit", "totalRevenue", "gross profit exceeds total revenue")),
      Map.of())),

  /** Computed by the hub from company quarterly metrics, never published: see {@link ComputedReporting}. */
  COMPANY_REPORTING(ComputedReporting.definition()),

  /** Seed 002's revenue-share inputs (see {@link CohortInputs}): terms, spends and thresholds per cohort... */
  COHORT_TRADES(CohortInputs.trades()),
  COHORT_SPENDS(CohortInputs.spends()),
  COHORT_THRESHOLDS(CohortInputs.thresholds()),
  /** ...and the customers and their payments, which are the company's and are never delivered. */
  COHORT_CUSTOMERS(CohortInputs.customers()),
  CUSTOMER_PAYMENTS(CohortInputs.payments());

  /** Seed 003's financials, in its table's order, as company metrics and company reporting name them. */
  public static final List<String> COMPANY_FIGURES = ComputedReporting.FIGURES;

  /** Seed 003's metrics, in its table's order: company reporting's metric fields. */
  public static final List<String> COMPANY_METRICS = ComputedReporting.METRICS;

  /**
   * Everything that distinguishes a record type.
   *
   * @param notice true for notices (typed allocation tables, derived amounts), false for reports
   * @param referenceField the header field that, with the fund, identifies the record across versions
   * @param dateField the header field that dates the record
   * @param valueDateField the date money moves (notices), or null
   * @param lineKey the line fields that identify a line: each key once per record
   * @param components notices: the amount's components; reports: none
   * @param balances identities a line must meet when its result is given
   * @param limits line values that may not exceed others
   * @param totals header total field to the line field it sums
   */
  record Definition(
      String code,
      boolean notice,
      String referenceField,
      String dateField,
      String valueDateField,
      List<CanonicalField> headerFields,
      List<CanonicalField> lineFields,
      List<String> lineKey,
      List<AmountComponent> components,
      List<Balance> balances,
      List<NotAbove> limits,
      Map<String, String> totals) {}

  private final Definition definition;

  RecordType(Definition definition) {
    this.definition = definition;
  }

  private static Definition notice(String code, String valueDateField, List<AmountComponent> components,
      List<CanonicalField> extraLineFields, List<NotAbove> limits) {
    List<CanonicalField> header =
        new ArrayList<>(
            List.of(
                required("fundId", TEXT),
                required("noticeReference", TEXT),
                required("noticeDate", DATE),
                required("currency", CURRENCY),
                // A capital call is due on a date; a distribution may omit its payment date.
                new CanonicalField(valueDateField, DATE, valueDateField.equals("dueDate")),
                optional("description", TEXT)));
    Map<String, String> totals = new LinkedHashMap<>();
    components.forEach(c -> {
      header.add(optional(c.totalField(), AMOUNT));
      totals.put(c.totalField(), c.name());
    });
    header.add(optional("totalAmount", AMOUNT));
    totals.put("totalAmount", "amount");
    List<CanonicalField> lines =
        new ArrayList<>(List.of(required("investorId", TEXT), optional("investorName", TEXT)));
    components.forEach(c -> lines.add(optional(c.name(), AMOUNT)));
    lines.add(optional("amount", AMOUNT));
    lines.addAll(extraLineFields);
    return new Definition(code, true, "noticeReference", "noticeDate", valueDateField, List.copyOf(header),
        List.copyOf(lines), List.of("investorId"), components, List.of(), limits, totals);
  }

  private static Map<String, String> totals(String... headerAndLineFields) {
    Map<String, String> totals = new LinkedHashMap<>();
    for (int i = 0; i < headerAndLineFields.length; i += 2) {
      totals.put(headerAndLineFields[i], headerAndLineFields[i + 1]);
    }
    return totals;
  }

  /** The code used in mapping files, the database and delivered events, e.g. {@code capital_call}. */
  public String code() {
    return definition.code();
  }

  /** Capital calls and distributions: money moves, allocations in typed tables. */
  public boolean isNotice() {
    return definition.notice();
  }

  /** The company reporting field that gives why a metric is null: {@code arr} → {@code arrNotAvailable}. */
  public static String companyMetricReason(String metric) {
    return metric + ComputedReporting.NOT_AVAILABLE;
  }

  /** Computed by the hub from the records it holds: subscribed to and delivered, never published. */
  public boolean isComputed() {
    return this == COMPANY_REPORTING;
  }

  /** Seed 002's inputs to cohort cashflows: their lines name companies registered in the record's fund. */
  public boolean isCohortInput() {
    return this == COHORT_TRADES || this == COHORT_SPENDS || this == COHORT_THRESHOLDS || this == COHORT_CUSTOMERS
        || this == CUSTOMER_PAYMENTS;
  }

  /**
   * Whether a subscription may ask for it: not a company's customers and their payments, which its
   * fund's LPs see only as the cohort figures computed from them.
   */
  public boolean isDeliverable() {
    return this != COHORT_CUSTOMERS && this != CUSTOMER_PAYMENTS;
  }

  /** The mapping file sections: {@code notice}/{@code allocation} for notices, else {@code header}/{@code lines}. */
  public String headerSection() {
    return isNotice() ? "notice" : "header";
  }

  public String lineSection() {
    return isNotice() ? "allocation" : "lines";
  }

  /** The key of the lines in the canonical JSON: a notice's {@code allocations}, a report's {@code lines}. */
  public String linesKey() {
    return isNotice() ? "allocations" : "lines";
  }

  public String referenceField() {
    return definition.referenceField();
  }

  public String dateField() {
    return definition.dateField();
  }

  /** The notice field holding the date money moves: a call's due date, a distribution's payment date; null for reports. */
  public String valueDateField() {
    return definition.valueDateField();
  }

  public List<AmountComponent> components() {
    return definition.components();
  }

  public List<CanonicalField> headerFields() {
    return definition.headerFields();
  }

  public List<CanonicalField> lineFields() {
    return definition.lineFields();
  }

  public List<String> lineKey() {
    return definition.lineKey();
  }

  public List<Balance> balances() {
    return definition.balances();
  }

  public List<NotAbove> limits() {
    return definition.limits();
  }

  /** Header total field to the line field it sums, in declaration order. */
  public Map<String, String> totals() {
    return definition.totals();
  }

  public Optional<CanonicalField> headerField(String name) {
    return headerFields().stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public Optional<CanonicalField> lineField(String name) {
    return lineFields().stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public static Optional<RecordType> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
  }

  public static String codes() {
    return String.join(", ", Stream.of(values()).map(RecordType::code).toList());
  }

  /** The types a subscription may carry. */
  public static String deliverableCodes() {
    return String.join(", ", Stream.of(values()).filter(RecordType::isDeliverable).map(RecordType::code).toList());
  }
}
