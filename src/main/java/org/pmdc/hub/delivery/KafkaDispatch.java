package org.pmdc.hub.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.kafka.KafkaConstants;
import org.springframework.stereotype.Component;

/**
 * The Java half of the {@code send-kafka} route: a claimed delivery as a CloudEvent in Kafka's
 * binary mode — the record as the value, the event's attributes as {@code ce_*} headers — keyed
 * by fund so that one fund's records stay in one partition, in order.
 */
@Component("kafkaDispatch")
public class KafkaDispatch {

  private final ObjectMapper json;
  private final DeliveryEvents events;

  KafkaDispatch(ObjectMapper json, DeliveryEvents events) {
    this.json = json;
    this.events = events;
  }

  /** Replaces the message with the Kafka record; the topic and brokers go to properties for the endpoint. */
  public void prepare(Exchange exchange) throws JsonProcessingException {
    Message message = exchange.getMessage();
    @SuppressWarnings("unchecked")
    Map<String, Object> delivery = message.getBody(Map.class);
    JsonNode settings = json.readTree((String) delivery.get("channel_settings"));
    exchange.setProperty("kafkaTopic", settings.get("topic").asText());
    exchange.setProperty("kafkaBrokers", settings.get("brokers").asText());

    message.removeHeaders("*");
    message.setHeader(KafkaConstants.KEY, delivery.get("fund_code"));
    message.setHeader("ce_specversion", "1.0");
    message.setHeader("ce_id", delivery.get("public_id").toString());
    message.setHeader("ce_type", "org.pmdc." + delivery.get("record_type") + ".v1");
    message.setHeader("ce_source", "/pmdc/publishers/" + delivery.get("publisher_code"));
    message.setHeader("ce_subject", delivery.get("notice_public_id").toString());
    message.setHeader("ce_time", delivery.get("stored_at"));
    message.setHeader("content-type", "application/json");
    message.setBody(json.writeValueAsString(events.data(delivery)));
  }
}
