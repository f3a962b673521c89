package org.pmdc.hub.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.pmdc.hub.api.RowError;

/**
 * What the submissions API answers ({@code routes/submissions-api.camel.yaml}), as the OpenAPI
 * document describes it; {@code sql/intake/} builds the bodies, the integration tests hold each
 * answer to these shapes.
 */
public final class SubmissionApiBodies {

  private SubmissionApiBodies() {}

  private static final String STATUSES = "received, processing, awaiting_translation, stored, partially_stored,"
      + " unchanged, rejected, quarantined, failed";

  @Schema(description = "a submission and what became of it", requiredProperties = {"id", "publisher", "status",
      "channel", "receivedAt", "deliveries"})
  public record Submission(
      UUID id,
      String publisher,
      @Schema(description = STATUSES) String status,
      @Schema(description = "api, folder or sftp") String channel,
      String contentType,
      String fileName,
      @Schema(description = "of the bytes as received, hex") String sha256,
      MappingUsed mapping,
      OffsetDateTime receivedAt,
      OffsetDateTime completedAt,
      Integer rowCount,
      Integer errorCount,
      List<RowError> errors,
      List<RowError> warnings,
      Integer attempts,
      String lastError,
      @Schema(description = "while it is processed, once that has taken a second") Progress progress,
      StoredNotice notice,
      @Schema(description = "a file of many records (a ledger): each record's outcome, in file order")
      List<RecordOutcome> records,
      List<SubmissionDelivery> deliveries) {}

  @Schema(description = "how far processing has come; written every second (PMDC_PROCESSING_PROGRESS_INTERVAL_MS)",
      requiredProperties = {"stage", "bytesRead", "bytesTotal", "rowsRead", "rowsTotalEstimated", "startedAt", "updatedAt"})
  public record Progress(
      @Schema(description = "reading (the one pass over the input), checking, storing") String stage,
      long bytesRead,
      long bytesTotal,
      long rowsRead,
      @Schema(description = "while reading, estimated from the bytes read; exact once read") Long rowsTotal,
      boolean rowsTotalEstimated,
      OffsetDateTime startedAt,
      @Schema(description = "when the whole input had been read") OffsetDateTime readAt,
      OffsetDateTime updatedAt,
      @Schema(description = "while reading: at the pace so far") Long readingSecondsLeft,
      @Schema(description = "reading left plus checking and storing at the pace of the last long submissions;"
          + " null with secondsLeftReason when it cannot be estimated") Long secondsLeft,
      String secondsLeftReason) {}

  @Schema(description = "the mapping named or chosen; its version once the submission is read",
      requiredProperties = "id")
  public record MappingUsed(String id, Integer version) {}

  @Schema(description = "the record a single-record submission stored",
      requiredProperties = {"id", "recordType", "fund", "version", "amendment", "current"})
  public record StoredNotice(UUID id, String recordType, String fund, String noticeReference, int version,
      boolean amendment, boolean current, String currency, @Schema(description = "decimal") String totalAmount) {}

  @Schema(requiredProperties = {"record", "status"})
  public record RecordOutcome(int record, String fund, String reference,
      @Schema(description = "stored, amended, unchanged or rejected") String status, UUID noticeId, Integer version,
      Integer rowCount, Integer errorCount, List<RowError> errors, List<RowError> warnings) {}

  @Schema(requiredProperties = {"id", "subscriber", "channel", "eventType", "status", "attempts"})
  public record SubmissionDelivery(UUID id, String subscriber,
      @Schema(description = "webhook, kafka, sftp or folder") String channel, String eventType, UUID recordId,
      @Schema(description = "the investor codes whose lines it carries, or \"all\"") Object investors,
      @Schema(description = "pending, delivered or dead") String status, int attempts, Integer lastStatusCode,
      String lastError, OffsetDateTime deliveredAt) {}

  @Schema(description = "a record the submission stored: its canonical header, then its first lines, each with its"
      + " sourceRow", requiredProperties = {"id", "recordType", "version", "lineCount", "lines"},
      additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
  public record SubmissionRecord(UUID id, String recordType, int version, OffsetDateTime storedAt, long lineCount,
      List<Object> lines) {}

  @Schema(description = "the publisher's submissions, newest first", requiredProperties = {"items"})
  public record SubmissionPage(List<SubmissionSummary> items,
      @Schema(description = "?cursor= for the next page (null: this is the last)") String nextCursor) {}

  @Schema(requiredProperties = {"id", "status", "channel", "receivedAt"})
  public record SubmissionSummary(UUID id, String publisher, String status, String channel, String fileName,
      String contentType, OffsetDateTime receivedAt, OffsetDateTime completedAt, Integer rowCount, Integer errorCount) {}

  @Schema(description = "one step of a submission, its record or a delivery", requiredProperties = {"at", "stage"})
  public record SubmissionEvent(OffsetDateTime at, String stage, String actor,
      @Schema(description = "the delivery the step is about") UUID delivery,
      @Schema(description = "what the step recorded", additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
      Object detail) {}

  @Schema(description = "a submission sent through the flow again", requiredProperties = {"id", "status", "previousStatus"})
  public record Rerun(UUID id, @Schema(description = "received") String status, String previousStatus) {}
}
