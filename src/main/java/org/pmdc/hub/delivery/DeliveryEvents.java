package org.pmdc.hub.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
  public ObjectNode data(ClaimedDelivery delivery) {
    ObjectNode data = json.createObjectNode();
    data.put("noticeId", delivery.noticePublicId());
    data.put("version", delivery.version());
    data.put("amendment", delivery.supersedesPublicId() != null);
    data.put("supersedes", delivery.supersedesPublicId());
    data.put("replaces", delivery.replacesPublicId());
    data.setAll(read(delivery.canonical()));
    data.put("lineCount", delivery.lineCount());
    if (delivery.lines() != null) {
      data.set(delivery.recordType().linesKey(), readTree(delivery.lines()));
    }
    return data;
  }

  /** The event: its type ({@code capital_call.published}, {@code .amended}), when the record was stored, the record. */
  public ObjectNode event(ClaimedDelivery delivery) {
    ObjectNode event = json.createObjectNode();
    event.put("id", delivery.publicId());
    event.put("type", delivery.eventType());
    event.put("timestamp", delivery.storedAt());
    event.set("data", data(delivery));
    return event;
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
