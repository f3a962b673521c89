package org.pmdc.hub.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.pmdc.hub.canonical.RecordType;
import org.pmdc.hub.resilience.Backoff;
import org.springframework.stereotype.Component;

/**
 * The Java half of the {@code deliver-webhook} route: builds the signed HTTP request for a claimed
 * delivery, and turns the outcome into the parameters of {@code sql/delivery/record-attempt.sql}.
 */
@Component("webhookDispatch")
public class WebhookDispatch {

  private final ObjectMapper json;
  private final DeliverySettings settings;

  WebhookDispatch(ObjectMapper json, DeliverySettings settings) {
    this.json = json;
    this.settings = settings;
  }

  /**
   * Replaces the message with the webhook request for the claimed delivery row (the body). Only
   * the Standard Webhooks headers remain, so nothing internal leaks to the LP.
   */
  public void prepare(Exchange exchange) throws JsonProcessingException {
    Message message = exchange.getMessage();
    @SuppressWarnings("unchecked")
    Map<String, Object> delivery = message.getBody(Map.class);
    String webhookId = delivery.get("public_id").toString();
    String body = payload(delivery);
    long timestamp = Instant.now().getEpochSecond();

    exchange.setProperty("delivery", delivery);
    exchange.setProperty("attemptStartedNanos", System.nanoTime());
    message.removeHeaders("*");
    message.setHeader(Exchange.HTTP_METHOD, "POST");
    message.setHeader(Exchange.HTTP_URI, delivery.get("webhook_url"));
    message.setHeader(Exchange.CONTENT_TYPE, "application/json");
    message.setHeader("webhook-id", webhookId);
    message.setHeader("webhook-timestamp", Long.toString(timestamp));
    message.setHeader(
        "webhook-signature",
        StandardWebhookSigner.sign((String) delivery.get("signing_secret"), webhookId, timestamp, body));
    message.setBody(body);
  }

  /**
   * The event an LP receives: its type, when the record was stored, and the canonical record with
   * its allocations or lines (rendered from their tables by {@code canonical_lines}) and how many
   * there are. Above {@code pmdc.delivery.max-inline-lines} the lines are left out: the count
   * tells the LP they exist.
   */
  private String payload(Map<String, Object> delivery) throws JsonProcessingException {
    ObjectNode data = json.createObjectNode();
    data.put("noticeId", delivery.get("notice_public_id").toString());
    data.put("version", ((Number) delivery.get("version")).intValue());
    Object supersedes = delivery.get("supersedes_public_id");
    data.put("amendment", supersedes != null);
    data.put("supersedes", supersedes == null ? null : supersedes.toString());
    data.setAll((ObjectNode) json.readTree((String) delivery.get("canonical")));
    data.put("lineCount", ((Number) delivery.get("line_count")).longValue());
    String lines = (String) delivery.get("lines");
    if (lines != null) {
      data.set(RecordType.fromCode((String) delivery.get("record_type")).orElseThrow().linesKey(), json.readTree(lines));
    }
    ObjectNode event = json.createObjectNode();
    event.put("type", (String) delivery.get("event_type"));
    event.put("timestamp", (String) delivery.get("stored_at"));
    event.set("data", data);
    return json.writeValueAsString(event);
  }

  /**
   * Parameters recording the attempt that just ended: delivered on a 2xx, otherwise retried with
   * backoff, or dead once the attempts are used up. {@code error} is the exception or non-2xx
   * status, null on success.
   */
  public Map<String, Object> outcome(Exchange exchange, Integer statusCode, String error) {
    @SuppressWarnings("unchecked")
    Map<String, Object> delivery = exchange.getProperty("delivery", Map.class);
    int attempt = ((Number) delivery.get("attempts")).intValue();
    long started = exchange.getProperty("attemptStartedNanos", Long.class);
    boolean delivered = error == null && statusCode != null && statusCode / 100 == 2;
    String status = delivered ? "delivered" : attempt >= settings.maxAttempts() ? "dead" : "pending";

    Map<String, Object> row = new HashMap<>();
    row.put("deliveryId", delivery.get("id"));
    row.put("attempt", attempt);
    row.put("status", status);
    row.put("statusCode", statusCode);
    row.put("error", delivered ? null : error != null ? error : "HTTP " + statusCode);
    row.put("durationMs", (int) Duration.ofNanos(System.nanoTime() - started).toMillis());
    row.put("retryInMs", status.equals("pending") ? new Backoff(settings.initialBackoff(), settings.maxBackoff()).delayAfter(attempt).toMillis() : 0L);
    return row;
  }
}
