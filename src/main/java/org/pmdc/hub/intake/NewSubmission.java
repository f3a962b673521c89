package org.pmdc.hub.intake;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The parameters of {@code sql/intake/insert-submission.sql}, whatever the channel; {@code raw} is
 * the input that {@link SubmissionContent} stores beside the row.
 */
final class NewSubmission {

  private NewSubmission() {}

  static Map<String, Object> row(
      long publisherId,
      String publisherCode,
      String channel,
      String contentType,
      String fileName,
      String idempotencyKey,
      String mappingId,
      RawInput raw) {
    Map<String, Object> row = new HashMap<>();
    row.put("publicId", UUID.randomUUID());
    row.put("publisherId", publisherId);
    row.put("publisherCode", publisherCode);
    row.put("channel", channel);
    row.put("contentType", contentType);
    row.put("fileName", fileName);
    row.put("idempotencyKey", idempotencyKey);
    row.put("sha256", raw.sha256Hex());
    row.put("sizeBytes", raw.size());
    row.put("raw", raw);
    row.put("mappingId", mappingId);
    row.put("requestValues", null);
    return row;
  }
}
