package org.pmdc.hub.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Holds every answer a test receives to the hub's OpenAPI document: the status must be one the
 * operation declares, and a body must match the schema declared for that status and media type;
 * a JSON body the hub accepted must match the operation's request schema.
 * So the document cannot drift from what the hub does. Calls outside the document (the token
 * endpoint, actuator, an undeclared method or path) are not checked.
 */
final class ContractCheck {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DOCUMENT = "urn:pmdc:openapi";
  private static final Map<String, ContractCheck> BY_HUB = new ConcurrentHashMap<>();

  private record Operation(String method, String template, Pattern path, String pointer, JsonNode responses,
      JsonNode requestBody) {}

  private final List<Operation> operations = new ArrayList<>();
  private final SchemaRegistry schemas;

  ContractCheck(String document) throws IOException {
    schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemas(Map.of(DOCUMENT, document)));
    JSON.readTree(document).get("paths").properties().forEach(path -> path.getValue().properties().forEach(op ->
        operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(),
            Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+")),
            "/paths/" + escape(path.getKey()) + "/" + op.getKey(), op.getValue().get("responses"),
            op.getValue().get("requestBody")))));
    // A literal segment wins over a parameter (/lp/feed over /lp/{collection}).
    operations.sort(Comparator.comparingLong(op -> op.template().chars().filter(c -> c == '{').count()));
  }

  static void forget(String baseUrl) {
    BY_HUB.remove(baseUrl);
  }

  /** The check of the hub at this address, its document read once. */
  static ContractCheck of(HttpClient http, String baseUrl) {
    return BY_HUB.computeIfAbsent(baseUrl, url -> {
      try {
        HttpResponse<String> document = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/openapi.json")).build(),
            HttpResponse.BodyHandlers.ofString());
        if (document.statusCode() != 200) {
          throw new IllegalStateException("No OpenAPI document at " + url + ": " + document.statusCode());
        }
        return new ContractCheck(document.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    });
  }

  /** Fails the test with every way the answer breaks the document. */
  void check(String method, URI uri, int status, String contentType, JsonNode body) {
    Optional<Operation> called = find(method, uri);
    if (called.isEmpty()) {
      return;
    }
    Operation op = called.get();
    String where = method + " " + op.template() + " answered " + status;
    String code = String.valueOf(status);
    if (!op.responses().has(code) && !op.responses().has("default")) {
      throw new AssertionError(where + ", which its OpenAPI operation does not declare (it declares "
          + JSON.valueToTree(op.responses().properties().stream().map(Map.Entry::getKey).toList()) + ")");
    }
    String answer = op.responses().has(code) ? code : "default";
    JsonNode content = op.responses().get(answer).get("content");
    if (content == null) {
      if (body != null && answer.equals(code)) {
        throw new AssertionError(where + " with a body its OpenAPI operation does not declare: " + body);
      }
      return;
    }
    String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
    if (!content.has(mediaType) && content.has("*/*")) {
      return; // bytes of any type (a submission's raw content): nothing to validate as JSON
    }
    if (!content.has(mediaType)) {
      throw new AssertionError(where + " as '" + mediaType + "'; its OpenAPI operation declares "
          + JSON.valueToTree(content.properties().stream().map(Map.Entry::getKey).toList()));
    }
    String schema = DOCUMENT + "#" + op.pointer() + "/responses/" + answer + "/content/" + escape(mediaType) + "/schema";
    List<Error> errors = schemas.getSchema(SchemaLocation.of(schema)).validate(body == null ? JSON.nullNode() : body);
    if (!errors.isEmpty()) {
      throw new AssertionError(where + " with a body that breaks its OpenAPI schema: " + errors + "\nbody: " + body);
    }
  }

  /**
   * Fails the test when the hub accepted (2xx) a JSON body that its operation's declared request
   * schema refuses: a schema stricter than the hub would mislead every generated client.
   */
  void checkAccepted(String method, URI uri, int status, String contentType, byte[] sent) {
    Optional<Operation> called = find(method, uri);
    if (called.isEmpty() || status / 100 != 2 || sent == null || sent.length == 0 || contentType == null
        || !contentType.startsWith("application/json")) {
      return;
    }
    Operation op = called.get();
    if (op.requestBody() == null || !op.requestBody().path("content").has("application/json")) {
      return;
    }
    try {
      String schema = DOCUMENT + "#" + op.pointer() + "/requestBody/content/application~1json/schema";
      List<Error> errors = schemas.getSchema(SchemaLocation.of(schema)).validate(JSON.readTree(sent));
      if (!errors.isEmpty()) {
        throw new AssertionError(method + " " + op.template() + " accepted a body its OpenAPI request schema refuses: "
            + errors + "\nbody: " + new String(sent, java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<Operation> find(String method, URI uri) {
    return operations.stream()
        .filter(op -> op.method().equals(method) && op.path().matcher(uri.getRawPath()).matches()).findFirst();
  }

  /** A JSON Pointer segment (RFC 6901). */
  private static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
