package org.pmdc.hub.canonical;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pmdc.hub.api.ContractSchemas;
import org.pmdc.hub.api.ProblemException;
import org.springframework.stereotype.Component;

/**
 * The JSON Schema (draft 2020-12) of each canonical record type, generated from {@link RecordType}
 * so it cannot drift from what the hub checks and delivers: the schema a translation service is
 * asked to target, and what an LP can validate a webhook's {@code data} against (less the delivery
 * fields: noticeId, version, amendment, supersedes, replaces, lineCount). Amounts are decimal strings.
 */
@Component("canonicalSchemas")
public class CanonicalSchemas implements ContractSchemas {

  private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  private static final String AMOUNT = "^[0-9]{1,18}(\\.[0-9]{1,4})?$";
  private static final String SIGNED_AMOUNT = "^-?[0-9]{1,18}(\\.[0-9]{1,4})?$";
  private static final String PERCENT = "^[0-9]{1,3}(\\.[0-9]+)?$";

  private final ObjectMapper json;

  public CanonicalSchemas(ObjectMapper json) {
    this.json = json;
  }

  /** {@code GET /api/v1/schemas}: every record type and where its schema is. */
  public String catalogue() throws JsonProcessingException {
    ArrayNode schemas = json.createArrayNode();
    for (RecordType type : RecordType.values()) {
      schemas.addObject().put("recordType", type.code()).put("href", "/api/v1/schemas/" + type.code())
          .put("computed", type.isComputed()).put("deliverable", type.isDeliverable());
    }
    return json.writeValueAsString(json.createObjectNode().set("schemas", schemas));
  }

  /** {@code GET /api/v1/schemas/{type}}; 404 for a type the hub does not know. */
  public String schema(String code) throws JsonProcessingException {
    RecordType type = RecordType.fromCode(code).orElseThrow(() -> ProblemException.notFound(
        "No record type '" + code + "'; known: " + RecordType.codes() + "."));
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(schemaOf(type));
  }

  /** Each record type's schema in the OpenAPI document, named as {@link #componentName} says. */
  @Override
  public Map<String, ObjectNode> contractSchemas() {
    Map<String, ObjectNode> schemas = new LinkedHashMap<>();
    for (RecordType type : RecordType.values()) {
      schemas.put(componentName(type), asComponent(schemaOf(type), type, componentName(type)));
    }
    return schemas;
  }

  /**
   * A record type's schema as the component {@code name} of an OpenAPI document: no identity of
   * its own, so its reference to its line's schema is made from the document's root.
   */
  public static ObjectNode asComponent(ObjectNode schema, RecordType type, String name) {
    schema.remove(List.of("$schema", "$id"));
    ((ObjectNode) schema.get("properties").get(type.linesKey()).get("items"))
        .put("$ref", "#/components/schemas/" + name + "/$defs/line");
    return schema;
  }

  /** capital_call → CapitalCall. */
  public static String componentName(RecordType type) {
    StringBuilder name = new StringBuilder();
    for (String word : type.code().split("_")) {
      name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return name.toString();
  }

  /** A new copy of one record type's schema, for a capability that delivers records with more fields. */
  public ObjectNode schemaOf(RecordType type) {
    ObjectNode schema = json.createObjectNode()
        .put("$schema", DIALECT)
        .put("$id", "urn:pmdc:canonical:" + type.code())
        .put("title", "PMDC canonical " + type.code().replace('_', ' '))
        .put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("recordType").put("const", type.code());
    properties.putObject("publisher").put("type", "string").put("description", "the publisher's code");
    List<CanonicalField> header = type.headerFields().stream()
        .filter(field -> !type.totals().containsKey(field.name()))
        .toList();
    header.forEach(field -> properties.set(field.name(), valueSchema(field.type())));
    if (!type.totals().isEmpty()) {
      ObjectNode totals = properties.putObject("totals").put("type", "object")
          .put("description", "sums over the lines, per summed line field");
      totals.set("properties", valueSchemas(type, type.totals().values()));
      totals.put("additionalProperties", false);
    }
    properties.putObject(type.linesKey()).put("type", "array").putObject("items").put("$ref", "#/$defs/line");
    schema.set("required", names(json.createArrayNode().add("recordType").add("publisher"), header)
        .add(type.linesKey()));
    schema.put("additionalProperties", false);
    ObjectNode definitions = schema.putObject("$defs");
    definitions.set("line", objectOf(type.lineFields()));
    definitions.set("row", objectOf(Stream.concat(type.headerFields().stream(), type.lineFields().stream()).toList())
        .put("description", "one line with its record's header fields (totals included), flat:"
            + " what a translation service answers for each source record"));
    return schema;
  }

  /**
   * A standalone schema of one flat row ({@code $defs/row}), against which each record a
   * translation service answers is checked.
   */
  public ObjectNode rowSchema(RecordType type) {
    ObjectNode row = json.createObjectNode().put("$schema", DIALECT).put("$ref", "#/$defs/row");
    row.set("$defs", schemaOf(type).get("$defs"));
    return row;
  }

  /** An object of these fields, each required one required, no other field allowed. */
  private ObjectNode objectOf(List<CanonicalField> fields) {
    ObjectNode object = json.createObjectNode().put("type", "object");
    ObjectNode properties = object.putObject("properties");
    fields.forEach(field -> properties.set(field.name(), valueSchema(field.type())));
    object.set("required", names(json.createArrayNode(), fields));
    object.put("additionalProperties", false);
    return object;
  }

  private ObjectNode valueSchemas(RecordType type, Collection<String> lineFields) {
    ObjectNode schemas = json.createObjectNode();
    lineFields.forEach(name -> schemas.set(name, valueSchema(type.lineField(name).orElseThrow().type())));
    return schemas;
  }

  private static ArrayNode names(ArrayNode required, List<CanonicalField> fields) {
    fields.stream().filter(CanonicalField::required).map(CanonicalField::name).distinct().forEach(required::add);
    return required;
  }

  private ObjectNode valueSchema(FieldType type) {
    ObjectNode schema = json.createObjectNode();
    return switch (type) {
      case TEXT -> schema.put("type", "string").put("minLength", 1);
      case DATE -> schema.put("type", "string").put("format", "date");
      case MONTH -> schema.put("type", "string").put("format", "date").put("description", "the first day of the month");
      case AMOUNT -> schema.put("type", "string").put("pattern", AMOUNT);
      case SIGNED_AMOUNT -> schema.put("type", "string").put("pattern", SIGNED_AMOUNT);
      case DECIMAL -> schema.put("type", "string").put("pattern", "^-?[0-9]+(\\.[0-9]+)?$");
      case PERCENT -> schema.put("type", "string").put("pattern", PERCENT).put("description", "0 to 100");
      case INTEGER -> schema.put("type", "integer").put("minimum", 0);
      case CURRENCY -> schema.put("type", "string").put("pattern", "^[A-Z]{3}$").put("description", "ISO 4217");
    };
  }
}
