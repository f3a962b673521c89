package org.pmdc.hub.translation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.canonical.RecordType;
import org.pmdc.hub.canonical.SubmissionRef;
import org.pmdc.hub.resilience.Backoff;
import org.pmdc.hub.resilience.RateLimit;
import org.pmdc.hub.translation.TranslationServiceException.Kind;
import org.springframework.stereotype.Component;

/**
 * The client of the schema-translation service (contract: docs/translation-saas.md): one batch of
 * source records out, canonical records and per-record errors back. The HTTP call is the {@code
 * call-translation-service} route, inside a circuit breaker ({@link TranslationBreaker}); retries
 * are made here, as they depend on the answer (backoff and jitter on 5xx, timeouts and connection
 * errors; 429 after its Retry-After; other 4xx not at all), and every call is paced to the
 * vendor plan's rate. Every call is audited (request id, mapper, attempt, job id, status,
 * duration, counts) — never the API key, never the records.
 */
@Component("translationService")
public class TranslationService {

  private final ProducerTemplate camel;
  private final ObjectMapper json;
  private final SaasSettings settings;
  private final Backoff backoff;
  private final RateLimit rate;
  private final CircuitBreaker breaker;
  private final TranslatedRowSchemas schemas;
  private final TranslationOutage outage;

  TranslationService(ProducerTemplate camel, ObjectMapper json, SaasSettings settings, CircuitBreaker translationServiceBreaker,
      TranslatedRowSchemas schemas, TranslationOutage outage) {
    this.outage = outage;
    this.camel = camel;
    this.schemas = schemas;
    this.json = json;
    this.settings = settings;
    this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
    this.rate = new RateLimit(settings.requestsPerSecond());
    this.breaker = translationServiceBreaker;
  }

  /**
   * Whether calls may be made now: the breaker is closed, or half-open for trial calls, and no
   * demonstration outage is on.
   */
  public boolean acceptsCalls() {
    return !outage.isOn()
        && (breaker.getState() == CircuitBreaker.State.CLOSED || breaker.getState() == CircuitBreaker.State.HALF_OPEN);
  }

  /** What the service made of one batch. */
  record Answer(String jobId, List<SourceRow> records, List<RowError> errors) {}

  int batchSize() {
    return settings.batchSize();
  }

  /**
   * The batch translated, calling again after a retryable failure (with backoff and jitter, or
   * after the 429's Retry-After) up to {@code maxAttempts} calls.
   */
  Answer translate(SubmissionRef submission, Mapping layout, List<SourceRow> batch) {
    if (settings.baseUrl() == null || settings.baseUrl().isBlank()) {
      throw new TranslationServiceException("mapping " + layout.id()
          + " uses the translation service, but PMDC_SAAS_BASE_URL is not set", Kind.REFUSED);
    }
    String request = request(layout, batch);
    for (int attempt = 1; ; attempt++) {
      try {
        return call(submission, layout, batch, request, attempt);
      } catch (TranslationServiceException e) {
        if (!e.retryable() || attempt >= settings.maxAttempts()) {
          throw e;
        }
        pause(e.retryAfter() != null ? e.retryAfter() : backoff.delayAfter(attempt));
      }
    }
  }

  /**
   * Called by the route inside the circuit breaker: a 5xx is a failure the breaker counts (a 4xx
   * is the request's fault, a 429 the vendor's plan: neither says the vendor is down).
   */
  public void failOnServerError(int status, String body) {
    if (status >= 500) {
      throw new TranslationServiceException("the translation service answered " + status + ": " + vendorMessage(body), Kind.DOWN);
    }
  }

  private Answer call(SubmissionRef submission, Mapping layout, List<SourceRow> batch, String request, int attempt) {
    awaitTurn();
    String requestId = UUID.randomUUID().toString();
    long started = System.nanoTime();
    Exchange call = camel.request("direct:call-translation-service", exchange -> {
      exchange.getIn().setBody(request);
      exchange.getIn().setHeader("X-API-Key", settings.apiKey());
      exchange.getIn().setHeader("X-Request-Id", requestId);
    });
    Map<String, Object> audit = new LinkedHashMap<>();
    audit.put("requestId", requestId);
    audit.put("mapper", layout.translator().mapper());
    audit.put("attempt", attempt);
    audit.put("durationMs", (System.nanoTime() - started) / 1_000_000);
    audit.put("recordsIn", batch.size());
    try {
      if (call.getException() != null) {
        throw failure(call.getException());
      }
      int status = call.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
      String body = call.getMessage().getBody(String.class);
      audit.put("status", status);
      if (status == 429) {
        throw new TranslationServiceException("the translation service refused more calls for now (429)",
            Kind.LIMITED, retryAfter(call.getMessage().getHeader("Retry-After", String.class)));
      }
      if (status / 100 != 2) {
        throw new TranslationServiceException("the translation service answered " + status + ": " + vendorMessage(body), Kind.REFUSED);
      }
      Answer answer = answer(body, layout.recordType(), batch);
      audit.put("jobId", answer.jobId());
      audit.put("recordsOut", answer.records().size());
      audit.put("errors", answer.errors().size());
      return answer;
    } catch (TranslationServiceException e) {
      audit.put("error", e.getMessage());
      throw e;
    } finally {
      record(submission, audit);
    }
  }

  /** What a failed call means: the breaker refused it, it timed out, or the vendor was unreachable or failing. */
  private static TranslationServiceException failure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof TranslationServiceException answered) {
        return answered;
      }
      if (cause instanceof CallNotPermittedException) {
        return new TranslationServiceException(
            "the translation service is unavailable: its circuit breaker is open after repeated failures", Kind.BREAKER_OPEN);
      }
      if (cause instanceof TimeoutException) {
        return new TranslationServiceException("the translation service did not answer in time", Kind.DOWN);
      }
    }
    return new TranslationServiceException("the translation service could not be reached: " + failure.getMessage(), Kind.DOWN);
  }

  /** Retry-After in seconds (an HTTP date is read as "the longest wait"), capped at maxBackoff. */
  private Duration retryAfter(String header) {
    Duration wait = settings.maxBackoff();
    if (header != null && header.strip().matches("\\d+")) {
      wait = Duration.ofSeconds(Long.parseLong(header.strip()));
    }
    return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
  }

  /** The vendor plan's rate: every call, retries included, waits for its turn. */
  private void awaitTurn() {
    try {
      rate.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TranslationServiceException("interrupted while waiting to call the translation service", Kind.DOWN);
    }
  }

  private static void pause(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TranslationServiceException("interrupted while waiting to call the translation service again", Kind.DOWN);
    }
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
   * per-record errors. A record that breaks the canonical schema is an error on its row; so is a
   * source record the answer says nothing about: records in = records out + errors, or the
   * difference is explained.
   */
  private Answer answer(String body, RecordType type, List<SourceRow> batch) {
    JsonNode answer = readTree(body);
    List<SourceRow> records = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    Map<String, Integer> rows = new HashMap<>();
    batch.forEach(row -> rows.put(Integer.toString(row.number()), row.number()));
    for (JsonNode record : answer.path("records")) {
      Integer row = rows.remove(record.path("id").asText());
      if (row == null || !record.path("fields").isObject()) {
        throw new TranslationServiceException("the translation service answered a record for no source record sent: "
            + record.path("id").asText(), Kind.REFUSED);
      }
      List<RowError> violations = schemas.violations(type, row, record.get("fields"));
      if (!violations.isEmpty()) {
        errors.addAll(violations);
        continue;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      // The schema admits strings, and integers for counts: both read as their exact text.
      record.get("fields").fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue().asText()));
      records.add(new SourceRow(row, fields));
    }
    for (JsonNode error : answer.path("errors")) {
      Integer row = rows.remove(error.path("id").asText());
      errors.add(new RowError(row, null, null, "translation service: " + error.path("message").asText()));
    }
    rows.values().stream().sorted().forEach(row ->
        errors.add(new RowError(row, null, null, "the translation service returned nothing for this row")));
    return new Answer(answer.path("jobId").asText(null), records, errors);
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


  private JsonNode readTree(String body) {
    JsonNode node = readTreeOrNull(body);
    if (node == null || !node.isObject()) {
      throw new TranslationServiceException("the translation service answered something that is not a JSON object", Kind.REFUSED);
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
