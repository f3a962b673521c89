package org.pmdc.hub.intake;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.pmdc.hub.canonical.Hashes;

/** The parameters of {@code sql/intake/insert-submission.sql}, whatever the channel. */
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
      byte[] raw) {
    Map<String, Object> row = new HashMap<>();
    row.put("publicId", UUID.randomUUID());
    row.put("publisherId", publisherId);
    row.put("publisherCode", publisherCode);
    row.put("channel", channel);
    row.put("contentType", contentType);
    row.put("fileName", fileName);
    row.put("idempotencyKey", idempotencyKey);
    row.put("sha256", Hashes.sha256Hex(raw));
    row.put("raw", raw);
    row.put("mappingId", mappingId);
    return row;
  }
}
