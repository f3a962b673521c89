package org.pmdc.hub.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.file.remote.SftpEndpoint;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pmdc.hub.canonical.CanonicalField;
import org.pmdc.hub.canonical.RecordType;
import org.pmdc.hub.canonical.SpreadsheetText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pmdc.hub.security.SecretBox;
import org.springframework.stereotype.Component;

/**
 * Delivers a claimed batch of an SFTP or folder channel as files: one JSON file holding the
 * batch's events, or one CSV file per record type (a row per allocation or line, the record's
 * header fields repeated), as the subscriber chose. Each file is written under a temporary name
 * ({@code .inprogress-…}) and renamed when complete, so an LP never reads half a file; names sort
 * in delivery order.
 */
@Component("fileDispatch")
public class FileDispatch {

  private static final Logger LOG = LoggerFactory.getLogger(FileDispatch.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
  private static final List<String> DELIVERY_COLUMNS =
      List.of("deliveryId", "eventType", "noticeId", "version", "supersedes", "replaces", "recordType", "publisher");

  private final CamelContext camel;
  private final ProducerTemplate producer;
  private final ObjectMapper json;
  private final DeliveryEvents events;
  private final SecretBox secrets;

  FileDispatch(CamelContext camel, ProducerTemplate producer, ObjectMapper json, DeliveryEvents events,
      SecretBox secrets) {
    this.camel = camel;
    this.producer = producer;
    this.json = json;
    this.events = events;
    this.secrets = secrets;
  }

  /** Writes the batch; an exception means no file of it was completed under its final name. */
  public void write(DeliveryStream batch) throws IOException {
    ClaimedDelivery first = batch.deliveries().get(0);
    JsonNode settings = json.readTree(first.channelSettings());
    Endpoint endpoint = endpoint(batch.channel(), settings, secrets.open(first.channelSecret()));
    String name = "pmdc-" + STAMP.format(Instant.now()) + "-" + String.format("%012d", first.id());
    if (settings.path("format").asText("json").equals("csv")) {
      for (Map.Entry<RecordType, List<ClaimedDelivery>> type : byRecordType(batch).entrySet()) {
        send(endpoint, name + "-" + type.getKey().code() + ".csv", csv(type.getKey(), type.getValue()));
      }
    } else {
      ArrayNode file = json.createArrayNode();
      batch.deliveries().forEach(delivery -> file.add(events.event(delivery)));
      send(endpoint, name + ".json", json.writerWithDefaultPrettyPrinter().writeValueAsString(file));
    }
  }

  /** Fails with what the server or file system said, and why (a refused login, a full disk). */
  private void send(Endpoint endpoint, String fileName, String content) throws IOException {
    Exchange sent = producer.send(endpoint, exchange -> {
      exchange.getIn().setBody(content.getBytes(StandardCharsets.UTF_8));
      exchange.getIn().setHeader(Exchange.FILE_NAME, fileName);
    });
    Exception failure = sent.getException();
    if (failure != null) {
      Throwable cause = failure;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      throw new IOException(failure.getMessage() + (cause == failure ? "" : " (" + cause.getMessage() + ")"), failure);
    }
  }

  private static Map<RecordType, List<ClaimedDelivery>> byRecordType(DeliveryStream batch) {
    Map<RecordType, List<ClaimedDelivery>> types = new LinkedHashMap<>();
    batch.deliveries().forEach(delivery ->
        types.computeIfAbsent(delivery.recordType(), type -> new ArrayList<>()).add(delivery));
    return types;
  }

  /**
   * One row per line, the delivery and the record's header fields repeated on each. A record
   * delivered without lines (none of them the subscriber's any more, or too many to inline) is one
   * row with the line columns empty, so the LP still learns of it.
   */
  private String csv(RecordType type, List<ClaimedDelivery> deliveries) throws IOException {
    List<String> header = type.headerFields().stream().map(CanonicalField::name)
        .filter(field -> !type.totals().containsKey(field)).toList();
    List<String> line = type.lineFields().stream().map(CanonicalField::name).toList();
    List<String> columns = new ArrayList<>(DELIVERY_COLUMNS);
    columns.addAll(header);
    columns.addAll(line);
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get())) {
      for (ClaimedDelivery delivery : deliveries) {
        ObjectNode data = events.data(delivery);
        List<String> record = new ArrayList<>(List.of(delivery.publicId(), delivery.eventType()));
        Stream.concat(DELIVERY_COLUMNS.stream().skip(2), header.stream()).forEach(field -> record.add(text(data.get(field))));
        JsonNode lines = data.path(type.linesKey());
        if (lines.isEmpty()) {
          List<String> row = new ArrayList<>(record);
          line.forEach(field -> row.add(""));
          csv.printRecord(row);
        }
        for (JsonNode lineNode : lines) {
          List<String> row = new ArrayList<>(record);
          line.forEach(field -> row.add(text(lineNode.get(field))));
          csv.printRecord(row);
        }
      }
    }
    return out.toString();
  }

  private static String text(JsonNode value) {
    return value == null || value.isNull() ? "" : SpreadsheetText.defused(value.asText());
  }

  /**
   * The channel's file endpoint. An SFTP server's host key is checked against the channel's
   * {@code knownHosts}; only a channel created with {@code hostKeyCheck: off} accepts any key
   * (logged at each connection). A channel with neither (created before the check was required)
   * fails its deliveries until an admin gives one.
   */
  private Endpoint endpoint(String channel, JsonNode settings, String secret) {
    String directory = settings.get("directory").asText();
    if (channel.equals("folder")) {
      return camel.getEndpoint("file:" + directory + "?tempPrefix=.inprogress-&autoCreate=true");
    }
    String knownHosts = settings.path("knownHosts").asText("");
    boolean unchecked = settings.path("hostKeyCheck").asText("on").equals("off");
    String host = settings.get("host").asText();
    if (knownHosts.isEmpty() && !unchecked) {
      throw new IllegalStateException("SFTP channel " + host + " has no knownHosts to check the server's host key against;"
          + " give one (or hostKeyCheck: off) in the channel");
    }
    String path = directory.equals(".") ? "" : "/" + directory;
    SftpEndpoint sftp = camel.getEndpoint("sftp://" + host + ":" + settings.get("port").asInt() + path
        + "?username=" + settings.get("username").asText() + "&tempPrefix=.inprogress-&autoCreate=true&binary=true"
        + "&useUserKnownHostsFile=false&strictHostKeyChecking=" + (unchecked ? "no" : "yes"), SftpEndpoint.class);
    if (unchecked) {
      LOG.warn("SFTP channel {}: hostKeyCheck is off, the server's host key is not checked", host);
    } else {
      sftp.getConfiguration().setKnownHosts(knownHosts.getBytes(StandardCharsets.UTF_8));
    }
    if (settings.path("auth").asText().equals("privateKey")) {
      sftp.getConfiguration().setPrivateKey(secret.getBytes(StandardCharsets.UTF_8));
    } else {
      sftp.getConfiguration().setPassword(secret);
    }
    return sftp;
  }
}
