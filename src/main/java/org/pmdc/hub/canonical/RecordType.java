package org.pmdc.hub.canonical;

import static org.pmdc.hub.canonical.CanonicalField.optional;
import static org.pmdc.hub.canonical.CanonicalField.required;
import static org.pmdc.hub.canonical.FieldType.AMOUNT;
import static org.pmdc.hub.canonical.FieldType.CURRENCY;
import static org.pmdc.hub.canonical.FieldType.DATE;
import static org.pmdc.hub.canonical.FieldType.TEXT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The canonical record types a notice can be, with the fields a mapping may fill for the notice
 * as a whole and for each per-investor allocation. Names follow ILPA's capital call and
 * distribution templates. An allocation's {@code amount} is derived from its components; a
 * notice's totals are derived from its allocations. Either may also be given, and is then checked.
 */
public enum RecordType {
  CAPITAL_CALL(
      "capital_call",
      "dueDate",
      List.of(
          new AmountComponent("investments", 1),
          new AmountComponent("managementFees", 1),
          new AmountComponent("fundExpenses", 1),
          new AmountComponent("other", 1)),
      List.of(optional("commitment", AMOUNT), optional("unfundedAfter", AMOUNT))),

  DISTRIBUTION(
      "distribution",
      "paymentDate",
      List.of(
          new AmountComponent("returnOfCapital", 1),
          new AmountComponent("realizedGain", 1),
          new AmountComponent("dividendsInterest", 1),
          new AmountComponent("withholdingTax", -1),
          new AmountComponent("recallable", 0)),
      List.of());

  private final String code;
  private final String valueDateField;
  private final List<AmountComponent> components;
  private final List<CanonicalField> noticeFields;
  private final List<CanonicalField> allocationFields;

  RecordType(
      String code,
      String valueDateField,
      List<AmountComponent> components,
      List<CanonicalField> extraAllocationFields) {
    this.code = code;
    this.valueDateField = valueDateField;
    this.components = components;
    List<CanonicalField> notice =
        new ArrayList<>(
            List.of(
                required("fundId", TEXT),
                required("noticeReference", TEXT),
                required("noticeDate", DATE),
                required("currency", CURRENCY),
                // A capital call is due on a date; a distribution may omit its payment date.
                new CanonicalField(valueDateField, DATE, valueDateField.equals("dueDate")),
                optional("description", TEXT)));
    components.forEach(c -> notice.add(optional(c.totalField(), AMOUNT)));
    notice.add(optional("totalAmount", AMOUNT));
    this.noticeFields = List.copyOf(notice);
    List<CanonicalField> allocation =
        new ArrayList<>(List.of(required("investorId", TEXT), optional("investorName", TEXT)));
    components.forEach(c -> allocation.add(optional(c.name(), AMOUNT)));
    allocation.add(optional("amount", AMOUNT));
    allocation.addAll(extraAllocationFields);
    this.allocationFields = List.copyOf(allocation);
  }

  /** The code used in mapping files, the database and delivered events, e.g. {@code capital_call}. */
  public String code() {
    return code;
  }

  /** The notice field holding the date money moves: a call's due date, a distribution's payment date. */
  public String valueDateField() {
    return valueDateField;
  }

  public List<AmountComponent> components() {
    return components;
  }

  public List<CanonicalField> noticeFields() {
    return noticeFields;
  }

  public List<CanonicalField> allocationFields() {
    return allocationFields;
  }

  public Optional<CanonicalField> noticeField(String name) {
    return noticeFields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public Optional<CanonicalField> allocationField(String name) {
    return allocationFields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public static Optional<RecordType> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }

  public static String codes() {
    return String.join(", ", Stream.of(values()).map(RecordType::code).toList());
  }
}
