package org.pmdc.hub.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.openapi.BeanConfig;
import org.apache.camel.openapi.RestOpenApiReader;
import org.apache.camel.openapi.RestOpenApiSupport;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3.1 document clients are generated from. Each
 * operation's parameters, body and answers are declared on its {@code rest:} verb in the route
 * files (the body shapes as records in its capability, read by Camel's OpenAPI reader); this bean
 * adds what no single verb owns: the problem+json body of every error, the answers the security
 * filters give before any route runs, and the schemas capabilities generate ({@link ContractSchemas}:
 * the canonical records).
 */
@Component("apiContract")
public class ApiContract {

  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String PROBLEM = "#/components/schemas/Problem";

  /** What the filters in front of the routes answer (security/), by what the operation is. */
  private static final Map<String, String> SECURED = Map.of(
      "401", "No valid bearer token (problem+json).",
      "403", "The token's scopes or the client's role do not allow this operation (problem+json).",
      "429", "The client sent too many requests; retry after the Retry-After header's seconds (problem+json).");
  /** Any call but a GET may carry a body. */
  private static final Map<String, String> WITH_BODY = Map.of(
      "408", "The body arrived too slowly; the connection is closed (problem+json).",
      "413", "The body is larger than this operation takes (problem+json).",
      "415", "A Content-Type this operation does not take, or a Content-Encoding (problem+json).",
      "503", "Every body slot of this hub is in use; retry after the Retry-After header's seconds (problem+json).");
  private static final Map<String, String> EVERY = Map.of(
      "500", "The hub failed; the detail quotes the id to give support (problem+json).");

  private final CamelContext camel;
  private final List<ContractSchemas> generated;
  private final ObjectMapper json = Json31.mapper();

  ApiContract(CamelContext camel, List<ContractSchemas> generated) {
    this.camel = camel;
    this.generated = generated;
  }

  /** Built at each request: the route files may have been reloaded since the last one. */
  public String document() throws Exception {
    ObjectNode document = json.valueToTree(declared());
    document.putArray("servers").addObject().put("url", "/")
        .put("description", "the hub that serves this document");
    ObjectNode schemas = document.withObject("/components/schemas");
    schemas.forEach(ApiContract::optionalMayBeNull);
    schemas.set("Problem", problemSchema());
    generated.forEach(capability -> capability.contractSchemas().forEach(schemas::set));
    document.get("paths").forEach(path -> path.properties()
        .forEach(operation -> complete(operation.getKey(), (ObjectNode) operation.getValue())));
    withoutCamelExtensions(document);
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(document);
  }

  /** What the route files declare, as Camel's OpenAPI reader renders it. */
  private OpenAPI declared() throws Exception {
    RestOpenApiSupport support = new RestOpenApiSupport();
    BeanConfig config = new BeanConfig();
    support.initOpenApi(config, camel.getRestConfiguration().getApiProperties());
    List<RestDefinition> rests = support.getRestDefinitions(camel);
    return new RestOpenApiReader().read(camel, rests, config, camel.getName(), camel.getClassResolver());
  }

  private void complete(String method, ObjectNode operation) {
    ObjectNode responses = operation.withObject("/responses");
    if (operation.has("security")) {
      addAll(responses, SECURED);
    }
    if (!method.equals("get")) {
      addAll(responses, WITH_BODY);
    }
    addAll(responses, EVERY);
    responses.properties().stream().filter(answer -> answer.getKey().matches("[45]\\d\\d"))
        .forEach(error -> asProblem((ObjectNode) error.getValue()));
  }

  /**
   * The hub's bodies are built in SQL, which names every field: one that is not required may be
   * null (docs/api.md, "Bodies"). The records declare the required ones only.
   */
  private static void optionalMayBeNull(JsonNode schema) {
    JsonNode properties = schema.get("properties");
    if (properties == null) {
      return;
    }
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(name -> required.add(name.asText()));
    for (Map.Entry<String, JsonNode> field : properties.properties()) {
      if (!required.contains(field.getKey())) {
        field.setValue(orNull((ObjectNode) field.getValue()));
      }
    }
  }

  private static JsonNode orNull(ObjectNode property) {
    JsonNode type = property.get("type");
    if (type instanceof TextNode single) {
      property.putArray("type").add(single.asText()).add("null");
    } else if (type instanceof ArrayNode types) {
      if (!types.toString().contains("\"null\"")) {
        types.add("null");
      }
    } else if (property.has("$ref")) {
      // A reference to another schema: that, or null. (A property of no type takes null already.)
      ObjectNode either = property.objectNode();
      either.putArray("oneOf").add(property).addObject().put("type", "null");
      return either;
    }
    return property;
  }

  /** The Java class behind a schema and the Camel context are no business of a client's. */
  private static void withoutCamelExtensions(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove(List.of("x-className", "x-camelContextId"));
    }
    node.forEach(ApiContract::withoutCamelExtensions);
  }

  private static void addAll(ObjectNode responses, Map<String, String> answers) {
    answers.forEach((code, description) -> {
      if (!responses.has(code)) {
        responses.putObject(code).put("description", description);
      }
    });
  }

  /** An error's body is a problem document, whatever the operation's success answers are. */
  private static void asProblem(ObjectNode response) {
    response.putObject("content").putObject(PROBLEM_JSON).putObject("schema").put("$ref", PROBLEM);
  }

  /**
   * RFC 9457, with the hub's list of specific errors (docs/api.md, "Errors"): what
   * {@link ProblemException#document} writes, its {@code errors} being {@link RowError}s. Written
   * out here because the model converters Camel shares would name a record's schema by its class.
   */
  private ObjectNode problemSchema() {
    ObjectNode problem = json.createObjectNode().put("type", "object")
        .put("description", "RFC 9457 problem details");
    ObjectNode properties = problem.putObject("properties");
    properties.putObject("type").put("type", "string").put("description", "/problems/<slug>");
    properties.putObject("title").put("type", "string");
    properties.putObject("status").put("type", "integer");
    properties.putObject("detail").put("type", "string");
    properties.putObject("instance").put("type", "string");
    ObjectNode error = properties.putObject("errors").put("type", "array").putObject("items").put("type", "object")
        .put("description", "one specific problem: the source row (none for the request or notice as a whole),"
            + " the field, the offending value and the reason");
    ObjectNode fields = error.putObject("properties");
    fields.putObject("row").put("type", "integer");
    fields.putObject("field").put("type", "string");
    fields.putObject("value").put("type", "string");
    fields.putObject("message").put("type", "string");
    error.putArray("required").add("message");
    problem.putArray("required").add("type").add("title").add("status");
    return problem;
  }
}
