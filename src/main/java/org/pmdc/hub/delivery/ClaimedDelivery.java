package org.pmdc.hub.delivery;

import java.util.Map;
import org.pmdc.hub.canonical.RecordType;

/**
 * One delivery as {@code sql/delivery/claim-due.sql} claims it: what to send (the record, its
 * version and the lines rendered for the subscription), where (the channel), and how far its
 * attempts have come. The one place that reads the claim's columns.
 *
 * @param attempts attempts so far, this one included
 * @param replayedAttempts attempts made before the delivery was last replayed (they do not count
 *     against the retry budget)
 * @param ageSeconds since the delivery was queued or last replayed
 * @param lines the subscriber's allocations or lines as JSON; null above the inline limit
 * @param storedAt when the record was stored, ISO 8601 in UTC
 * @param channelSettings the channel's settings as JSON; {@code channelSecret} sealed
 */
public record ClaimedDelivery(
    long id, String publicId, String eventType, int attempts, int replayedAttempts, long ageSeconds,
    long channelId, long fundId, String channel, String channelSettings, String channelSecret,
    RecordType recordType, String noticePublicId, int version, String supersedesPublicId, String replacesPublicId,
    String canonical, long lineCount, String lines, String storedAt,
    String publisherCode, String fundCode, String subscriberCode) {

  static ClaimedDelivery of(Map<String, Object> row) {
    return new ClaimedDelivery(
        number(row, "id").longValue(), text(row, "public_id"), text(row, "event_type"),
        number(row, "attempts").intValue(), number(row, "replayed_attempts").intValue(),
        number(row, "age_seconds").longValue(),
        number(row, "channel_id").longValue(), number(row, "fund_id").longValue(), text(row, "channel"),
        text(row, "channel_settings"), text(row, "channel_secret"),
        RecordType.fromCode(text(row, "record_type")).orElseThrow(), text(row, "notice_public_id"),
        number(row, "version").intValue(), text(row, "supersedes_public_id"), text(row, "replaces_public_id"),
        text(row, "canonical"), number(row, "line_count").longValue(), text(row, "lines"), text(row, "stored_at"),
        text(row, "publisher_code"), text(row, "fund_code"), text(row, "subscriber_code"));
  }

  /** The stream it belongs to: its channel and fund, in whose order deliveries go out. */
  String stream() {
    return channelId + "/" + fundId;
  }

  private static Number number(Map<String, Object> row, String column) {
    return (Number) row.get(column);
  }

  private static String text(Map<String, Object> row, String column) {
    Object value = row.get(column);
    return value == null ? null : value.toString();
  }
}
