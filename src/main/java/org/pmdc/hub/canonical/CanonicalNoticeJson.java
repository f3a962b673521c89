package org.pmdc.hub.canonical;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes the canonical JSON of a notice: what LPs receive and what the content hash covers.
 * Amounts are JSON strings ({@code "1250000.00"}) so no consumer parses them into floating point.
 * Source rows and mapping ids are lineage, kept in the database, not content: a publisher that
 * re-sorts its file or changes layout does not create an amendment.
 */
@Component
class CanonicalNoticeJson {

  private final ObjectMapper json;

  CanonicalNoticeJson(ObjectMapper json) {
    this.json = json;
  }

  String write(
      NoticeDraft draft, List<ValidatedAllocation> allocations, Map<String, BigDecimal> totals) {
    RecordType type = draft.type();
    ObjectNode notice = json.createObjectNode();
    notice.put("recordType", type.code());
    notice.put("publisher", draft.submission().publisherCode());
    for (CanonicalField field : type.noticeFields()) {
      Object value = draft.notice().get(field.name());
      if (value != null && !field.name().startsWith("total")) {
        notice.put(field.name(), text(value));
      }
    }
    ObjectNode totalsNode = notice.putObject("totals");
    totals.forEach((name, value) -> totalsNode.put(name, value.toPlainString()));
    var allocationsNode = notice.putArray("allocations");
    for (ValidatedAllocation allocation : allocations) {
      ObjectNode node = allocationsNode.addObject();
      node.put("investorId", allocation.investorId());
      putIfPresent(node, "investorName", allocation.investorName());
      allocation.components().forEach((name, value) -> node.put(name, value.toPlainString()));
      node.put("amount", allocation.amount().toPlainString());
      putIfPresent(node, "commitment", allocation.commitment());
      putIfPresent(node, "unfundedAfter", allocation.unfundedAfter());
    }
    try {
      return json.writeValueAsString(notice);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a canonical notice must serialise", e);
    }
  }

  private static void putIfPresent(ObjectNode node, String name, Object value) {
    if (value != null) {
      node.put(name, text(value));
    }
  }

  private static String text(Object value) {
    return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
  }
}
