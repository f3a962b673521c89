package org.pmdc.hub.translation;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;
import java.util.List;

/**
 * What the mappings API answers ({@code routes/mappings-api.camel.yaml}), as the OpenAPI document
 * describes it ({@link MappingRegistry#describe}, {@link MappingPreview}).
 */
public final class MappingApiBodies {

  private MappingApiBodies() {}

  @Schema(requiredProperties = {"mappings", "problems"})
  public record MappingCatalogue(List<MappingEntry> mappings,
      @Schema(description = "files in mappings/ that failed to load, each with its reason") List<String> problems) {}

  @Schema(requiredProperties = {"id", "version", "recordType", "file", "sourceType"})
  public record MappingEntry(String id, int version, String description, String recordType, String file,
      @Schema(description = "csv, json, xlsx, ...") String sourceType, List<String> contentTypes,
      @Schema(description = "staff only: the publishers it is restricted to (empty: open to all)") List<String> publishers,
      List<String> fileNames) {}

  @Schema(requiredProperties = {"id", "version", "recordType", "file", "sourceType", "rules"})
  public record MappingDetail(String id, int version, String description, String recordType, String file,
      String sourceType, List<String> contentTypes,
      @Schema(description = "staff only: the publishers it is restricted to (empty: open to all)") List<String> publishers,
      List<String> fileNames, @Schema(description = "the mapping file's text (YAML)") String rules) {}

  @Schema(description = "a dry run: the mapping chosen, the source rows read, the canonical records and every error"
      + " and warning; nothing is written", requiredProperties = {"accepted"},
      additionalProperties = AdditionalPropertiesValue.TRUE)
  public record Preview(boolean accepted, Long errorCount) {}
}
