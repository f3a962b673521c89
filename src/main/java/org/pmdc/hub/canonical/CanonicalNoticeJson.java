package org.pmdc.hub.canonical;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes the canonical JSON of a notice: its header and totals, stored with the notice; the
 * allocations are rendered from their tables when delivered ({@code canonical_allocations} in
 * R__canonical_allocations.sql) and, for the preview, by {@link #withAllocations} in the same
 * form. Amounts are JSON strings with the currency's minor units ({@code "1250000.00"}) so no
 * consumer parses them into floating point. Source rows and mapping ids are lineage, kept in the
 * database, not content.
 */
@Component
public class CanonicalNoticeJson {

  private final ObjectMapper json;

  CanonicalNoticeJson(ObjectMapper json) {
    this.json = json;
  }

  String write(NoticeDraft draft) {
    return text(header(draft));
  }

  /** The header and the given allocations: the preview's first rows of an accepted notice. */
  public String withAllocations(ValidatedNotice notice, List<ValidatedAllocation> allocations) {
    ObjectNode doc = header(notice.draft());
    var array = doc.putArray("allocations");
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
    return text(doc);
  }

  private ObjectNode header(NoticeDraft draft) {
    RecordType type = draft.type();
    String currency = (String) draft.notice().get("currency");
    ObjectNode notice = json.createObjectNode();
    notice.put("recordType", type.code());
    notice.put("publisher", draft.submission().publisherCode());
    for (CanonicalField field : type.noticeFields()) {
      Object value = draft.notice().get(field.name());
      if (value != null && !field.name().startsWith("total")) {
        notice.put(field.name(), value.toString());
      }
    }
    ObjectNode totals = notice.putObject("totals");
    draft.allocations().totals().forEach((name, value) -> totals.put(name, Money.text(value, currency)));
    return notice;
  }

  private static void putAmount(ObjectNode node, String name, BigDecimal value, String currency) {
    if (value != null) {
      node.put(name, Money.text(value, currency));
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
