-- The admin's view of deliveries, newest first, by status (dead = the dead-letter view) and
-- subscriber; a page ends with the cursor of the next.
WITH page AS (
    SELECT d.*
      FROM delivery d
      JOIN subscription su ON su.id = d.subscription_id
      JOIN subscriber sb ON sb.id = su.subscriber_id
     WHERE (CAST(:#status AS text) IS NULL OR d.status = CAST(:#status AS text))
       AND (CAST(:#subscriber AS text) IS NULL OR sb.code = CAST(:#subscriber AS text))
       AND (CAST(:#before AS bigint) IS NULL OR d.id < CAST(:#before AS bigint))
     ORDER BY d.id DESC
     LIMIT CAST(:#limit AS int)
)
SELECT json_build_object(
         'items', COALESCE(json_agg(json_build_object(
                    'id', d.public_id, 'subscriber', sb.code, 'channel', c.kind, 'channelId', c.public_id,
                    'eventType', d.event_type, 'recordId', n.public_id, 'fund', f.code,
                    'status', d.status, 'attempts', d.attempts, 'lastStatusCode', d.last_status_code,
                    'lastError', d.last_error, 'createdAt', d.created_at, 'deliveredAt', d.delivered_at,
                    'replayedAt', d.replayed_at) ORDER BY d.id DESC), '[]'::json),
         'nextCursor', CASE WHEN count(*) = CAST(:#limit AS int) THEN CAST(min(d.id) AS text) END)::text
  FROM page d
  JOIN delivery_channel c ON c.id = d.channel_id
  JOIN subscription su ON su.id = d.subscription_id
  JOIN subscriber sb ON sb.id = su.subscriber_id
  JOIN notice n ON n.id = d.notice_id
  JOIN fund f ON f.id = d.fund_id
