package org.pmdc.hub.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Schemas a capability adds to the OpenAPI document's components, by name, for shapes it
 * generates rather than declares as records (the canonical records, from their record types).
 * The records' {@code @Schema(ref = "#/components/schemas/<name>")} point at them.
 */
public interface ContractSchemas {

  Map<String, ObjectNode> contractSchemas();
}
