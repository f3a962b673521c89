package org.pmdc.hub.canonical;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes the canonical JSON of a record: its header and totals, stored with it; the lines are
 * rendered from their tables when delivered ({@code canonical_lines} in R__canonical_lines.sql)
 * and, for the preview, by {@link #withLines} in the same form. Amounts are JSON strings with the currency's minor units ({@code "1250000.00"}) so no
 * consumer parses them into floating point. Source rows and mapping ids are lineage, kept in the
 * database, not content.
 */
@Component
public class CanonicalNoticeJson {

  private final ObjectMapper json;

  CanonicalNoticeJson(ObjectMapper json) {
    this.json = json;
  }

  String write(RecordDraft draft) {
    return text(header(draft));
  }

  /**
   * The header and the given lines, under the key they are delivered with: the preview's first
   * lines of an accepted record.
   */
  public String withLines(ValidatedNotice notice, List<ValidatedAllocation> allocations, List<ReportLine> lines) {
    ObjectNode doc = header(notice.draft());
    if (notice.type().isNotice()) {
      putAllocations(doc, notice, allocations);
    } else {
      var array = doc.putArray(notice.type().linesKey());
      for (ReportLine line : lines) {
        array.add(readTree(line.json()));
      }
    }
    return text(doc);
  }

  private void putAllocations(ObjectNode doc, ValidatedNotice notice, List<ValidatedAllocation> allocations) {
    var array = doc.putArray(notice.type().linesKey());
    for (ValidatedAllocation allocation : allocations) {
      ObjectNode node = array.addObject();
      node.put("investorId", allocation.investorId());
      if (allocation.investorName() != null) {
        node.put("investorName", allocation.investorName());
      }
      allocation.components().forEach((name, value) -> node.put(name, Money.text(value, notice.currency())));
      node.put("amount", Money.text(allocation.amount(), notice.currency()));
      putAmount(node, "commitment", allocation.commitment(), notice.currency());
      putAmount(node, "unfundedAfter", allocation.unfundedAfter(), notice.currency());
    }
  }

  private ObjectNode header(RecordDraft draft) {
    RecordType type = draft.type();
    String currency = (String) draft.header().get("currency");
    ObjectNode notice = json.createObjectNode();
    notice.put("recordType", type.code());
    notice.put("publisher", draft.submission().publisherCode());
    for (CanonicalField field : type.headerFields()) {
      Object value = draft.header().get(field.name());
      if (value != null && !type.totals().containsKey(field.name())) {
        notice.put(field.name(), value.toString());
      }
    }
    if (!type.totals().isEmpty()) {
      ObjectNode totals = notice.putObject("totals");
      draft.lines().totals().forEach((name, value) -> totals.put(name, Money.text(value, currency)));
    }
    return notice;
  }

  private static void putAmount(ObjectNode node, String name, BigDecimal value, String currency) {
    if (value != null) {
      node.put(name, Money.text(value, currency));
    }
  }

  private JsonNode readTree(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a canonical line is JSON", e);
    }
  }

  private String text(ObjectNode doc) {
    try {
      return json.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a canonical notice must serialise", e);
    }
  }
}
