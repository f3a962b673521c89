package org.pmdc.hub.translation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.canonical.SubmissionRef;
import org.springframework.stereotype.Component;

/**
 * The client of the schema-translation service (contract: docs/translation-saas.md): one batch of
 * source records out, canonical records and per-record errors back. The HTTP call is the {@code
 * call-translation-service} route; every call is audited (request id, mapper, job id, status,
 * duration, counts) — never the API key, never the records.
 */
@Component
class TranslationService {

  private final ProducerTemplate camel;
  private final ObjectMapper json;
  private final SaasSettings settings;

  TranslationService(ProducerTemplate camel, ObjectMapper json, SaasSettings settings) {
    this.camel = camel;
    this.json = json;
    this.settings = settings;
  }

  /** What the service made of one batch. */
  record Answer(List<SourceRow> records, List<RowError> errors) {}

  int batchSize() {
    return settings.batchSize();
  }

  Answer translate(SubmissionRef submission, Mapping layout, List<SourceRow> batch) {
    if (settings.baseUrl() == null || settings.baseUrl().isBlank()) {
      throw new TranslationServiceException("mapping " + layout.id()
          + " uses the translation service, but PMDC_SAAS_BASE_URL is not set");
    }
    String requestId = UUID.randomUUID().toString();
    long started = System.nanoTime();
    Exchange call = camel.request("direct:call-translation-service", exchange -> {
      exchange.getIn().setBody(request(layout, batch));
      exchange.getIn().setHeader("X-API-Key", settings.apiKey());
      exchange.getIn().setHeader("X-Request-Id", requestId);
    });
    long millis = (System.nanoTime() - started) / 1_000_000;
    Map<String, Object> audit = new LinkedHashMap<>();
    audit.put("requestId", requestId);
    audit.put("mapper", layout.translator().mapper());
    audit.put("durationMs", millis);
    audit.put("recordsIn", batch.size());
    if (call.getException() != null) {
      audit.put("error", call.getException().getMessage());
      record(submission, audit);
      throw new TranslationServiceException("the translation service could not be reached: " + call.getException().getMessage());
    }
    int status = call.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
    String body = call.getMessage().getBody(String.class);
    audit.put("status", status);
    if (status / 100 != 2) {
      audit.put("error", vendorMessage(body));
      record(submission, audit);
      throw new TranslationServiceException("the translation service answered " + status + ": " + vendorMessage(body));
    }
    Answer answer = answer(body, batch);
    audit.put("jobId", jobId(body));
    audit.put("recordsOut", answer.records().size());
    audit.put("errors", answer.errors().size());
    record(submission, audit);
    return answer;
  }

  private String request(Mapping layout, List<SourceRow> batch) {
    ObjectNode request = json.createObjectNode()
        .put("mapper", layout.translator().mapper())
        .put("targetSchema", "urn:pmdc:canonical:" + layout.recordType().code());
    ArrayNode records = request.putArray("records");
    batch.forEach(row -> records.addObject().put("id", Integer.toString(row.number()))
        .set("fields", json.valueToTree(row.values())));
    return request.toString();
  }

  /**
   * The canonical records by the id of the source record they came from, and the vendor's
   * per-record errors. A source record the answer says nothing about is an error too: records in
   * = records out + errors, or the difference is explained.
   */
  private Answer answer(String body, List<SourceRow> batch) {
    JsonNode answer = readTree(body);
    List<SourceRow> records = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    Map<String, Integer> rows = new HashMap<>();
    batch.forEach(row -> rows.put(Integer.toString(row.number()), row.number()));
    for (JsonNode record : answer.path("records")) {
      Integer row = rows.remove(record.path("id").asText());
      if (row == null || !record.path("fields").isObject()) {
        throw new TranslationServiceException("the translation service answered a record for no source record sent: "
            + record.path("id").asText());
      }
      Map<String, String> fields = new LinkedHashMap<>();
      record.get("fields").fields().forEachRemaining(field -> {
        if (!field.getValue().isNull()) {
          fields.put(field.getKey(), field.getValue().isNumber()
              ? field.getValue().decimalValue().toPlainString() : field.getValue().asText());
        }
      });
      records.add(new SourceRow(row, fields));
    }
    for (JsonNode error : answer.path("errors")) {
      Integer row = rows.remove(error.path("id").asText());
      errors.add(new RowError(row, null, null, "translation service: " + error.path("message").asText()));
    }
    rows.values().stream().sorted().forEach(row ->
        errors.add(new RowError(row, null, null, "the translation service returned nothing for this row")));
    return new Answer(records, errors);
  }

  private void record(SubmissionRef submission, Map<String, Object> detail) {
    if (submission.id() <= 0) {
      return; // a preview: nothing is kept
    }
    Map<String, Object> row = new HashMap<>();
    row.put("submissionId", submission.id());
    row.put("detail", json.valueToTree(detail).toString());
    camel.sendBody("direct:record-translation-call", row);
  }

  private String vendorMessage(String body) {
    JsonNode error = readTreeOrNull(body);
    if (error != null && error.hasNonNull("message")) {
      return error.get("message").asText();
    }
    return body == null || body.isBlank() ? "(no message)" : body.strip();
  }

  private String jobId(String body) {
    return readTree(body).path("jobId").asText(null);
  }

  private JsonNode readTree(String body) {
    JsonNode node = readTreeOrNull(body);
    if (node == null || !node.isObject()) {
      throw new TranslationServiceException("the translation service answered something that is not a JSON object");
    }
    return node;
  }

  private JsonNode readTreeOrNull(String body) {
    try {
      return body == null ? null : json.readTree(body);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
