package org.pmdc.hub.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.kafka.KafkaConstants;
import org.pmdc.hub.security.SecretBox;
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
  private final SecretBox secrets;
  private final KafkaTrustStores trustStores;

  KafkaDispatch(ObjectMapper json, DeliveryEvents events, SecretBox secrets, KafkaTrustStores trustStores) {
    this.json = json;
    this.events = events;
    this.secrets = secrets;
    this.trustStores = trustStores;
  }

  /**
   * Replaces the message with the Kafka record; the LP's cluster — topic, brokers, security
   * protocol, trusted CA and SASL credentials — goes to properties for the endpoint.
   */
  public void prepare(Exchange exchange) throws JsonProcessingException {
    Message message = exchange.getMessage();
    ClaimedDelivery delivery = message.getBody(ClaimedDelivery.class);
    JsonNode settings = json.readTree(delivery.channelSettings());
    exchange.setProperty("kafkaTopic", settings.get("topic").asText());
    exchange.setProperty("kafkaBrokers", settings.get("brokers").asText());
    exchange.setProperty("kafkaSecurityProtocol", settings.path("securityProtocol").asText("PLAINTEXT"));
    exchange.setProperty("kafkaTrust", trust(settings));
    exchange.setProperty("kafkaSasl", sasl(settings, delivery.channelSecret()));

    message.removeHeaders("*");
    message.setHeader(KafkaConstants.KEY, delivery.fundCode());
    message.setHeader("ce_specversion", "1.0");
    message.setHeader("ce_id", delivery.publicId());
    message.setHeader("ce_type", "org.pmdc." + delivery.recordType().code() + ".v1");
    message.setHeader("ce_source", "/pmdc/publishers/" + delivery.publisherCode());
    message.setHeader("ce_subject", delivery.noticePublicId());
    message.setHeader("ce_time", delivery.storedAt());
    message.setHeader("content-type", "application/json");
    message.setBody(json.writeValueAsString(events.data(delivery)));
  }

  /** The endpoint options trusting the channel's CA certificates, empty to trust what the JVM trusts. */
  private String trust(JsonNode settings) {
    String certificates = settings.path("caCertificate").asText(null);
    return certificates == null
        ? ""
        : "&sslTruststoreType=PEM&sslTruststoreLocation=RAW(" + trustStores.file(certificates) + ")";
  }

  /**
   * The SASL options of the endpoint URI, empty without SASL. The login is a RAW value, handed to
   * Kafka as it is; only ')&' would end it early, and a channel refuses a login holding it
   * ({@link #fitsRawValue}).
   */
  private String sasl(JsonNode settings, String sealedPassword) {
    if (!settings.path("securityProtocol").asText().startsWith("SASL_")) {
      return "";
    }
    String mechanism = settings.get("saslMechanism").asText();
    String loginModule = "PLAIN".equals(mechanism)
        ? "org.apache.kafka.common.security.plain.PlainLoginModule"
        : "org.apache.kafka.common.security.scram.ScramLoginModule";
    String login = loginModule + " required username=" + quoted(settings.get("username").asText())
        + " password=" + quoted(secrets.open(sealedPassword)) + ";";
    return "&saslMechanism=" + mechanism + "&saslJaasConfig=RAW(" + login + ")";
  }

  /** A JAAS option value: in double quotes, with backslashes and quotes escaped. */
  private static String quoted(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** Whether a value can go into an endpoint URI as {@code RAW(...)}: it must not end the RAW early. */
  static boolean fitsRawValue(String value) {
    return !value.contains(")&");
  }
}
