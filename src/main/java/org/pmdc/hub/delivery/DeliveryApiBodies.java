package org.pmdc.hub.delivery;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the deliveries API answers ({@code routes/deliveries-api.camel.yaml}), as the OpenAPI
 * document describes it; the view {@code delivery_overview} and {@code sql/deliveries/} build the
 * bodies, the integration tests hold each answer to these shapes.
 */
public final class DeliveryApiBodies {

  private DeliveryApiBodies() {}

  @Schema(description = "deliveries, newest first", requiredProperties = "items")
  public record DeliveryPage(List<Delivery> items,
      @Schema(description = "?cursor= for the next page (null: this is the last)") String nextCursor) {}

  @Schema(description = "one record sent to one subscriber's channel; with its attempts (history) when asked for"
      + " by id", requiredProperties = {"id", "subscriber", "channel", "eventType", "status", "attempts"})
  public record Delivery(UUID id, String subscriber, @Schema(description = "webhook, kafka, sftp or folder")
      String channel, UUID channelId, String eventType, UUID recordId, String fund,
      @Schema(description = "the investor codes it carries, or \"all\"") Object investors,
      @Schema(description = "pending, delivered or dead") String status, int attempts, Integer lastStatusCode,
      String lastError, OffsetDateTime createdAt, OffsetDateTime deliveredAt, OffsetDateTime replayedAt,
      List<Attempt> history) {}

  @Schema(requiredProperties = {"attempt", "at"})
  public record Attempt(int attempt, OffsetDateTime at, Integer statusCode, String error, Long durationMs) {}

  @Schema(requiredProperties = "replayed")
  public record Replayed(@Schema(description = "how many deliveries were sent back to their streams") int replayed) {}

  /** The body of a bulk replay (DeliveryRequests): a subscriber's deliveries in a time range, or all dead ones. */
  public record ReplayRequest(@Schema(description = "required unless status is dead") String subscriber,
      @Schema(allowableValues = {"dead", "delivered"}) String status,
      @Schema(description = "queued at or after") OffsetDateTime from,
      @Schema(description = "queued before") OffsetDateTime to) {}
}
