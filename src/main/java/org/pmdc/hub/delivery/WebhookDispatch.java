package org.pmdc.hub.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.pmdc.hub.security.SecretBox;
import org.springframework.stereotype.Component;

/**
 * The Java half of the {@code send-webhook} route: the signed Standard Webhooks POST of a claimed
 * delivery to its channel's URL.
 */
@Component("webhookDispatch")
public class WebhookDispatch {

  private final ObjectMapper json;
  private final DeliveryEvents events;
  private final SecretBox secrets;

  WebhookDispatch(ObjectMapper json, DeliveryEvents events, SecretBox secrets) {
    this.json = json;
    this.events = events;
    this.secrets = secrets;
  }

  /**
   * Replaces the message with the webhook request for the claimed delivery (the body). Only
   * the Standard Webhooks headers remain, so nothing internal leaks to the LP.
   */
  public void prepare(Exchange exchange) throws JsonProcessingException {
    Message message = exchange.getMessage();
    ClaimedDelivery delivery = message.getBody(ClaimedDelivery.class);
    String webhookId = delivery.publicId();
    String body = json.writeValueAsString(events.event(delivery));
    long timestamp = Instant.now().getEpochSecond();

    message.removeHeaders("*");
    message.setHeader(Exchange.HTTP_URI, json.readTree(delivery.channelSettings()).get("url").asText());
    message.setHeader(Exchange.CONTENT_TYPE, "application/json");
    message.setHeader("webhook-id", webhookId);
    message.setHeader("webhook-timestamp", Long.toString(timestamp));
    message.setHeader(
        "webhook-signature",
        StandardWebhookSigner.sign(secrets.open(delivery.channelSecret()), webhookId, timestamp, body));
    message.setBody(body);
  }
}
