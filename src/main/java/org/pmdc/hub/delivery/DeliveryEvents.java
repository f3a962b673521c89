package org.pmdc.hub.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.pmdc.hub.canonical.RecordType;
import org.springframework.stereotype.Component;

/**
 * What an LP receives for one claimed delivery ({@code sql/delivery/claim-due.sql}), the same on
 * every channel: the canonical record with the allocations or lines of the investors its
 * subscription represents (rendered from their tables by {@code canonical_lines}), how many there
 * are, its place among the record's versions, and the version this LP was sent before
 * ({@code replaces}; null when this is the first it receives). Above {@code
 * pmdc.delivery.max-inline-lines} the lines are left out: the count tells the LP they exist.
 */
@Component("deliveryEvents")
public class DeliveryEvents {

  private final ObjectMapper json;

  DeliveryEvents(ObjectMapper json) {
    this.json = json;
  }

  /** The record: a webhook event's {@code data}, a Kafka record's value. */
  public ObjectNode data(Map<String, Object> delivery) {
    ObjectNode data = json.createObjectNode();
    data.put("noticeId", delivery.get("notice_public_id").toString());
    data.put("version", ((Number) delivery.get("version")).intValue());
    Object supersedes = delivery.get("supersedes_public_id");
    data.put("amendment", supersedes != null);
    data.put("supersedes", supersedes == null ? null : supersedes.toString());
    Object replaces = delivery.get("replaces_public_id");
    data.put("replaces", replaces == null ? null : replaces.toString());
    data.setAll(read((String) delivery.get("canonical")));
    data.put("lineCount", ((Number) delivery.get("line_count")).longValue());
    String lines = (String) delivery.get("lines");
    if (lines != null) {
      data.set(recordType(delivery).linesKey(), readTree(lines));
    }
    return data;
  }

  /** The event: its type ({@code capital_call.published}, {@code .amended}), when the record was stored, the record. */
  public ObjectNode event(Map<String, Object> delivery) {
    ObjectNode event = json.createObjectNode();
    event.put("id", delivery.get("public_id").toString());
    event.put("type", (String) delivery.get("event_type"));
    event.put("timestamp", (String) delivery.get("stored_at"));
    event.set("data", data(delivery));
    return event;
  }

  public static RecordType recordType(Map<String, Object> delivery) {
    return RecordType.fromCode((String) delivery.get("record_type")).orElseThrow();
  }

  private ObjectNode read(String object) {
    return (ObjectNode) readTree(object);
  }

  private JsonNode readTree(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the database returned JSON that does not parse", e);
    }
  }
}
