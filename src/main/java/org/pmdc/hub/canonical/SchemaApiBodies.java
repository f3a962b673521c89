package org.pmdc.hub.canonical;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What {@code routes/schemas-api.camel.yaml} answers, as the OpenAPI document describes it. */
public final class SchemaApiBodies {

  private SchemaApiBodies() {}

  @Schema(description = "every record type and where its schema is", requiredProperties = "schemas")
  public record SchemaCatalogue(List<SchemaEntry> schemas) {}

  @Schema(requiredProperties = {"recordType", "href", "computed", "deliverable"})
  public record SchemaEntry(String recordType, @Schema(description = "/api/v1/schemas/<recordType>") String href,
      @Schema(description = "true: computed by the hub (subscribed to, never published)") boolean computed,
      @Schema(description = "false: published and kept, but no subscription carries it (a company's customers"
          + " and their payments)") boolean deliverable) {}

  @Schema(types = "object", description = "a JSON Schema (draft 2020-12); the same as the component named after"
      + " the record type (CapitalCall, ...)", additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
  public record RecordSchema() {}
}
