-- One delivery with every attempt; no row: no such delivery.
SELECT json_build_object(
         'id', d.public_id, 'subscriber', sb.code, 'channel', c.kind, 'channelId', c.public_id,
         'eventType', d.event_type, 'recordId', n.public_id, 'fund', f.code, 'status', d.status,
         'attempts', d.attempts, 'lastStatusCode', d.last_status_code, 'lastError', d.last_error,
         'createdAt', d.created_at, 'deliveredAt', d.delivered_at, 'replayedAt', d.replayed_at,
         'history', COALESCE((SELECT json_agg(json_build_object('attempt', a.attempt, 'at', a.attempted_at,
                                                             'statusCode', a.status_code, 'error', a.error,
                                                             'durationMs', a.duration_ms) ORDER BY a.id)
                                FROM delivery_attempt a WHERE a.delivery_id = d.id), '[]'::json))::text
  FROM delivery d
  JOIN delivery_channel c ON c.id = d.channel_id
  JOIN subscription su ON su.id = d.subscription_id
  JOIN subscriber sb ON sb.id = su.subscriber_id
  JOIN notice n ON n.id = d.notice_id
  JOIN fund f ON f.id = d.fund_id
 WHERE d.public_id::text = :#${header.id}
