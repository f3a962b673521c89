package org.pmdc.hub.translation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.canonical.CanonicalSchemas;
import org.pmdc.hub.canonical.RecordType;
import org.springframework.stereotype.Component;

/**
 * Checks each record a translation service answers against the flat row of the canonical schema
 * it was asked to target ({@code $defs/row} of {@code GET /api/v1/schemas/{type}}) before any
 * business rule reads it: the vendor is held to the contract it was given, not to what the hub's
 * conversions happen to tolerate (an amount as a JSON number, for one, may already have been
 * through a binary double on the vendor's side).
 */
@Component
class TranslatedRowSchemas {

  private final Map<RecordType, Schema> rowSchemas = new EnumMap<>(RecordType.class);

  TranslatedRowSchemas(CanonicalSchemas canonical) {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    for (RecordType type : RecordType.values()) {
      rowSchemas.put(type, registry.getSchema(canonical.rowSchema(type)));
    }
  }

  /** Every way the record breaks its schema, as errors on its source row; none when it conforms. */
  List<RowError> violations(RecordType type, int row, JsonNode fields) {
    return rowSchemas.get(type).validate(fields).stream().map(error -> violation(row, error)).toList();
  }

  private static RowError violation(int row, Error error) {
    String field = error.getProperty() != null ? error.getProperty() : fieldOf(error);
    JsonNode value = error.getInstanceNode();
    return new RowError(row, field, value == null || value.isContainerNode() ? null : value.toString(),
        "the translation service's record breaks the canonical schema: " + error.getMessage());
  }

  /** The field an error is about; null for the record as a whole. */
  private static String fieldOf(Error error) {
    NodePath location = error.getInstanceLocation();
    return location.getNameCount() > 0 ? location.getName(0) : null;
  }
}
