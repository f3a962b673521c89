package org.pmdc.hub.canonical;

import static org.pmdc.hub.canonical.CanonicalField.optional;
import static org.pmdc.hub.canonical.CanonicalField.required;
import static org.pmdc.hub.canonical.FieldType.AMOUNT;
import static org.pmdc.hub.canonical.FieldType.CURRENCY;
import static org.pmdc.hub.canonical.FieldType.DATE;
import static org.pmdc.hub.canonical.FieldType.INTEGER;
import static org.pmdc.hub.canonical.FieldType.MONTH;
import static org.pmdc.hub.canonical.FieldType.PERCENT;
import static org.pmdc.hub.canonical.FieldType.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seed 002's inputs to the cohort cashflows of revenue-share investments, as reports a publisher
 * sends for one fund, each under its own reference (a company's December payments, say), dated as
 * of a day: sending a reference again amends it. Each line names a registered company of that
 * fund and is keyed as the seed's tables are (a trade and a spend per company and cohort month, a threshold per
 * company and period number, a customer and a payment by the company's own id). A stored record's
 * lines then add to or replace the company's rows in the cohort tables (the cohorts capability):
 * a record is what arrived, the tables what the calculation reads. Amounts are in the record's
 * currency, which is the company's reporting currency; percentages 0 to 100.
 */
final class CohortInputs {

  private CohortInputs() {}

  static RecordType.Definition trades() {
    return definition("cohort_trades", true, List.of(required("cohortMonth", MONTH),
        required("sharingPercentage", PERCENT), required("cashCap", AMOUNT)), List.of("companyId", "cohortMonth"), List.of());
  }

  static RecordType.Definition spends() {
    return definition("cohort_spends", true, List.of(required("cohortMonth", MONTH), required("spend", AMOUNT)),
        List.of("companyId", "cohortMonth"), List.of());
  }

  static RecordType.Definition thresholds() {
    return definition("cohort_thresholds", false, List.of(required("paymentPeriodMonth", INTEGER),
        required("minimumPaymentPercent", PERCENT)), List.of("companyId", "paymentPeriodMonth"), List.of());
  }

  static RecordType.Definition customers() {
    return definition("cohort_customers", false, List.of(required("customerId", TEXT), optional("customerName", TEXT),
        required("cohortMonth", MONTH)), List.of("companyId", "customerId"), List.of());
  }

  static RecordType.Definition payments() {
    return definition("customer_payments", true, List.of(required("paymentId", TEXT), required("customerId", TEXT),
        required("cohortMonth", MONTH), required("paymentDate", DATE), required("amount", AMOUNT)),
        List.of("companyId", "paymentId"),
        List.of(new NotAbove("cohortMonth", "paymentDate", "a payment cannot be made before its customer's cohort month")));
  }

  /** @param inCurrency whether the lines hold amounts, so the record names their currency */
  private static RecordType.Definition definition(String code, boolean inCurrency, List<CanonicalField> fields,
      List<String> lineKey, List<NotAbove> limits) {
    List<CanonicalField> lines = new ArrayList<>(List.of(required("companyId", TEXT)));
    lines.addAll(fields);
    return new RecordType.Definition(
        code,
        false,
        "reference",
        "asOfDate",
        null,
        List.of(required("fundId", TEXT), required("reference", TEXT), required("asOfDate", DATE),
            new CanonicalField("currency", CURRENCY, inCurrency), optional("description", TEXT)),
        List.copyOf(lines),
        lineKey,
        List.of(),
        List.of(),
        limits,
        Map.of());
  }
}
