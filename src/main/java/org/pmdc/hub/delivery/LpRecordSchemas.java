package org.pmdc.hub.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pmdc.hub.api.ContractSchemas;
import org.pmdc.hub.canonical.CanonicalSchemas;
import org.pmdc.hub.canonical.RecordType;
import org.springframework.stereotype.Component;

/**
 * The records of the LP pull API in the OpenAPI document ({@code sql/lp/records.sql} and
 * {@code record.sql}): a record type's canonical schema with the fields of the stored version it
 * is, its lines optional (a page leaves them out, a record beyond the inline limit too); and
 * {@code LpRecord}, any one of them.
 */
@Component
class LpRecordSchemas implements ContractSchemas {

  private static final String REF = "#/components/schemas/";
  private final CanonicalSchemas canonical;
  private final ObjectMapper json;

  LpRecordSchemas(CanonicalSchemas canonical, ObjectMapper json) {
    this.canonical = canonical;
    this.json = json;
  }

  @Override
  public Map<String, ObjectNode> contractSchemas() {
    Map<String, ObjectNode> schemas = new LinkedHashMap<>();
    ObjectNode any = json.createObjectNode().put("description", "one record the subscriber is entitled to, of any type (recordType tells which)");
    ArrayNode oneOf = any.putArray("oneOf");
    for (RecordType type : RecordType.values()) {
      String name = "Lp" + CanonicalSchemas.componentName(type);
      schemas.put(name, CanonicalSchemas.asComponent(stored(type), type, name));
      oneOf.addObject().put("$ref", REF + name);
    }
    schemas.put("LpRecord", any);
    return schemas;
  }

  private ObjectNode stored(RecordType type) {
    ObjectNode schema = canonical.schemaOf(type);
    ObjectNode properties = (ObjectNode) schema.get("properties");
    uuid(properties, "id", "the stored version's id");
    properties.putObject("version").put("type", "integer").put("minimum", 1);
    properties.putObject("amendment").put("type", "boolean").put("description", "version > 1");
    nullableUuid(properties, "supersedes", "the version this one replaces");
    nullableUuid(properties, "replaces", "the version this one replaces among those the subscriber could see");
    nullableUuid(properties, "supersededBy", "the next version, if the subscriber may see it (one record only)");
    properties.putObject("storedAt").put("type", "string").put("format", "date-time");
    properties.putObject("lineCount").put("type", "integer").put("minimum", 0)
        .put("description", "lines of this record the subscriber may see");
    JsonNode canonicalRequired = schema.get("required");
    ArrayNode required = schema.putArray("required").add("id").add("version").add("amendment").add("storedAt")
        .add("lineCount");
    canonicalRequired.forEach(field -> {
      if (!field.asText().equals(type.linesKey())) {
        required.add(field);
      }
    });
    return schema;
  }

  private static void uuid(ObjectNode properties, String name, String description) {
    properties.putObject(name).put("type", "string").put("format", "uuid").put("description", description);
  }

  private static void nullableUuid(ObjectNode properties, String name, String description) {
    ObjectNode property = properties.putObject(name).put("format", "uuid").put("description", description);
    property.putArray("type").add("string").add("null");
  }
}
