package org.pmdc.hub.delivery;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the LP pull API answers ({@code routes/lp-api.camel.yaml}), as the OpenAPI document
 * describes it; the SQL in {@code sql/lp/} builds the bodies, the integration tests hold each
 * answer to these shapes.
 */
public final class LpApiBodies {

  private LpApiBodies() {}

  @Schema(description = "a page of the subscriber's feed, oldest first", requiredProperties = {"items"})
  public record LpFeedPage(
      List<LpFeedEntry> items,
      @Schema(description = "poll again with ?cursor= this (null: nothing yet)")
      String nextCursor) {}

  @Schema(description = "one version published to the subscriber",
      requiredProperties = {"type", "recordId", "recordType", "fund", "version", "storedAt", "href"})
  public record LpFeedEntry(
      @Schema(pattern = "^[a-z_]+\\.(published|amended)$", description = "<recordType>.published, or .amended"
          + " when it replaces a version the subscriber could see")
      String type,
      UUID recordId,
      String recordType,
      String fund,
      @Schema(minimum = "1") int version,
      OffsetDateTime storedAt,
      @Schema(description = "where the version is: /api/v1/lp/<collection>/<recordId>") String href) {}

  @Schema(description = "a page of current records, in the order stored", requiredProperties = {"items"})
  public record LpRecordPage(
      @ArraySchema(schema = @Schema(ref = "#/components/schemas/LpRecord")) List<Object> items,
      @Schema(description = "?cursor= for the next page (null: this is the last)")
      String nextCursor) {}

  /**
   * One record, any version, with the lines the subscriber may see up to the inline limit: the
   * fields of its stored version, then its type's canonical fields (schema {@code Lp<Type>}, one
   * of {@code LpRecord}).
   */
  @Schema(description = "one record: the stored version's fields here, its type's canonical fields as in"
      + " LpCapitalCall, LpDistribution, ... (recordType tells which)", additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
      requiredProperties = {"id", "version", "amendment", "storedAt", "lineCount", "recordType", "publisher"})
  public record LpRecordDocument(
      UUID id,
      @Schema(minimum = "1") int version,
      boolean amendment,
      @Schema(format = "uuid") UUID supersedes,
      @Schema(description = "the version it replaces among those the"
          + " subscriber could see") UUID replaces,
      @Schema(description = "the next version, if the subscriber may"
          + " see it") UUID supersededBy,
      OffsetDateTime storedAt,
      @Schema(minimum = "0", description = "lines the subscriber may see") long lineCount,
      String recordType,
      String publisher) {}
}
