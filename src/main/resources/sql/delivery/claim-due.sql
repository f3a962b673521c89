-- Claims due deliveries stream by stream. A stream is one channel's deliveries of one fund, which
-- leave in the order they were queued: a stream is taken only when its first pending delivery is
-- due (not waiting for a retry, not leased by another worker) and its subscription and
-- subscriber are active; then up to batch-size of its pending deliveries, in order, are leased.
-- The advisory lock keeps two hub instances from splitting one stream; the UPDATE re-checks each
-- row, so a claim that raced another's sees its lease and takes nothing.
WITH heads AS MATERIALIZED (
    SELECT DISTINCT ON (channel_id, fund_id) channel_id, fund_id, next_attempt_at
      FROM delivery
     WHERE status = 'pending'
     ORDER BY channel_id, fund_id, id
), streams AS MATERIALIZED (
    SELECT h.channel_id, h.fund_id
      FROM heads h
      JOIN delivery_channel c ON c.id = h.channel_id
      JOIN subscription su ON su.id = c.subscription_id AND su.status = 'active'
      JOIN subscriber sb ON sb.id = su.subscriber_id AND sb.status = 'active'
     WHERE h.next_attempt_at <= now()
     ORDER BY h.next_attempt_at
     LIMIT CAST(:#${properties:pmdc.delivery.streams-per-claim} AS int)
), locked AS MATERIALIZED (
    SELECT channel_id, fund_id
      FROM streams
     WHERE pg_try_advisory_xact_lock(hashtextextended('delivery-stream:' || channel_id || ':' || fund_id, 0))
), claimed AS (
    SELECT next.id
      FROM locked l
      CROSS JOIN LATERAL (SELECT id
                            FROM delivery
                           WHERE channel_id = l.channel_id AND fund_id = l.fund_id AND status = 'pending'
                           ORDER BY id
                           LIMIT CAST(:#${properties:pmdc.delivery.batch-size} AS int)) next
), leased AS (
    UPDATE delivery d
       SET attempts = d.attempts + 1,
           next_attempt_at = now() + CAST(:#${properties:pmdc.delivery.lease-seconds} AS int) * interval '1 second'
     WHERE d.id IN (SELECT id FROM claimed)
       AND d.status = 'pending'
       AND d.next_attempt_at <= now()
    RETURNING d.id, d.public_id, d.attempts, d.replayed_attempts, d.event_type, d.channel_id, d.fund_id,
              d.notice_id, d.subscription_id, d.investor_codes, d.replaces_id,
              extract(epoch FROM now() - COALESCE(d.replayed_at, d.created_at))::bigint AS age_seconds
), rendered AS MATERIALIZED (
    -- Once per record and set of lines, however many of its deliveries were claimed (one per
    -- channel; the channels of one subscription, and subscriptions for all investors, share one).
    SELECT counted.notice_id, counted.investor_codes, counted.line_count,
           CASE WHEN counted.line_count <= CAST(:#${properties:pmdc.delivery.max-inline-lines} AS int)
                THEN canonical_lines(counted.notice_id, counted.investor_codes)::text END AS lines
      FROM (SELECT notice_id, investor_codes, line_count(notice_id, investor_codes) AS line_count
              FROM (SELECT DISTINCT notice_id, investor_codes FROM leased) records) counted
)
SELECT l.id, l.public_id, l.attempts, l.replayed_attempts, l.event_type, l.channel_id, l.fund_id, l.age_seconds,
       n.public_id AS notice_public_id, n.version, n.canonical::text AS canonical,
       r.line_count, r.lines,
       n.record_type,
       to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS stored_at,
       (SELECT s.public_id FROM notice s WHERE s.id = n.supersedes_id) AS supersedes_public_id,
       (SELECT s.public_id FROM notice s WHERE s.id = l.replaces_id) AS replaces_public_id,
       p.code AS publisher_code, f.code AS fund_code, sb.code AS subscriber_code,
       c.kind AS channel, c.settings::text AS channel_settings, c.secret AS channel_secret
  FROM leased l
  JOIN rendered r ON r.notice_id = l.notice_id AND r.investor_codes IS NOT DISTINCT FROM l.investor_codes
  JOIN notice n ON n.id = l.notice_id
  JOIN delivery_channel c ON c.id = l.channel_id
  JOIN subscription su ON su.id = l.subscription_id
  JOIN subscriber sb ON sb.id = su.subscriber_id
  JOIN publisher p ON p.id = n.publisher_id
  JOIN fund f ON f.id = l.fund_id
