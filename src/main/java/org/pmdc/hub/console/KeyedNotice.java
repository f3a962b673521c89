package org.pmdc.hub.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A capital call or distribution keyed in on the Publish page instead of uploaded: the form's
 * fields, and the canonical JSON document they make, which then goes through the dry run and the
 * submission as an uploaded {@code pmdc-capital-call-json} or {@code pmdc-distribution-json} file
 * would. Values are passed on as typed, blanks left out: the hub's own checks report a bad amount
 * or date with its line (a row of the document) and field, and it derives what is left out (line
 * amounts, totals). Public
 * for the page's template.
 *
 * @param settlementDate a capital call's due date, a distribution's payment date
 */
public record KeyedNotice(String recordType, String fundId, String noticeReference, String noticeDate,
    String settlementDate, String currency, String description, List<Line> lines) {

  /** One investor's line: its id, name and amounts by canonical field. */
  public record Line(String investorId, String investorName, Map<String, String> amounts) {

    boolean isBlank() {
      return blank(investorId) && blank(investorName)
          && (amounts == null || amounts.values().stream().allMatch(KeyedNotice::blank));
    }
  }

  /** The two kinds of notice a form can key in, with their canonical amount fields. */
  public enum Kind {
    CAPITAL_CALL("capital_call", "dueDate", "pmdc-capital-call-json",
        List.of("commitment", "investments", "managementFees", "fundExpenses", "other", "unfundedAfter")),
    DISTRIBUTION("distribution", "paymentDate", "pmdc-distribution-json",
        List.of("returnOfCapital", "realizedGain", "dividendsInterest", "withholdingTax", "recallable"));

    private final String recordType;
    private final String settlementField;
    private final String mapping;
    private final List<String> amountFields;

    Kind(String recordType, String settlementField, String mapping, List<String> amountFields) {
      this.recordType = recordType;
      this.settlementField = settlementField;
      this.mapping = mapping;
      this.amountFields = amountFields;
    }

    public String recordType() {
      return recordType;
    }

    public List<String> amountFields() {
      return amountFields;
    }

    /** A canonical field as a column heading: {@code managementFees} is "Management fees". */
    public String label(String field) {
      String words = field.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
      return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** What the settlement date is called for this kind. */
    public String settlementLabel() {
      return label(settlementField);
    }

    String mapping() {
      return mapping;
    }

    static Kind of(String recordType) {
      return Stream.of(values()).filter(kind -> kind.recordType.equals(recordType)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("Not a notice a form can key in: " + recordType));
    }
  }

  /** An empty form of a kind, dated today by the page, with room for {@code lines} investors. */
  static KeyedNotice empty(Kind kind, String today, int lines) {
    return new KeyedNotice(kind.recordType, null, null, today, null, null, null, new ArrayList<>()).withLines(lines);
  }

  public Kind kind() {
    return Kind.of(recordType);
  }

  /** The same form with room for at least {@code count} lines (blank ones added). */
  KeyedNotice withLines(int count) {
    List<Line> more = new ArrayList<>(lines == null ? List.of() : lines);
    while (more.size() < count) {
      more.add(new Line(null, null, Map.of()));
    }
    return new KeyedNotice(recordType, fundId, noticeReference, noticeDate, settlementDate, currency, description, more);
  }

  /** The lines with anything keyed in, in the order of the form. */
  List<Line> keyedLines() {
    return lines == null ? List.of() : lines.stream().filter(line -> !line.isBlank()).toList();
  }

  /**
   * The same form with the keyed lines first, so that line n of the form is row n of the dry run's
   * errors, and room for at least {@code count} lines.
   */
  KeyedNotice compacted(int count) {
    return new KeyedNotice(recordType, fundId, noticeReference, noticeDate, settlementDate, currency, description,
        new ArrayList<>(keyedLines())).withLines(count);
  }

  /**
   * The canonical document the form makes, as an uploaded file of its mapping would hold it, but
   * for {@code recordType}: the mapping is named, so nothing needs to recognise the document.
   */
  byte[] canonicalJson(ObjectMapper json) {
    ObjectNode notice = json.createObjectNode();
    putIfKeyed(notice, "fundId", fundId);
    putIfKeyed(notice, "noticeReference", noticeReference);
    putIfKeyed(notice, "noticeDate", noticeDate);
    putIfKeyed(notice, kind().settlementField, settlementDate);
    putIfKeyed(notice, "currency", currency);
    putIfKeyed(notice, "description", description);
    ArrayNode allocations = notice.putArray("allocations");
    for (Line line : keyedLines()) {
      ObjectNode allocation = allocations.addObject();
      putIfKeyed(allocation, "investorId", line.investorId());
      putIfKeyed(allocation, "investorName", line.investorName());
      kind().amountFields.forEach(field -> putIfKeyed(allocation, field, line.amounts() == null ? null : line.amounts().get(field)));
    }
    try {
      return json.writeValueAsBytes(notice);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The name the submission's content carries. */
  String fileName() {
    String reference = blank(noticeReference) ? "notice" : noticeReference.strip().replaceAll("[^A-Za-z0-9._-]", "_");
    return "keyed-" + recordType.replace('_', '-') + "-" + reference + ".json";
  }

  private static void putIfKeyed(ObjectNode node, String field, String value) {
    if (!blank(value)) {
      node.put(field, value.strip());
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
