-- One delivery with every attempt; no row: no such delivery.
SELECT (o.document
        || jsonb_build_object('history', COALESCE((SELECT jsonb_agg(jsonb_build_object(
                                                        'attempt', a.attempt, 'at', a.attempted_at,
                                                        'statusCode', a.status_code, 'error', a.error,
                                                        'durationMs', a.duration_ms) ORDER BY a.id)
                                                     FROM delivery_attempt a WHERE a.delivery_id = o.id),
                                                   '[]'::jsonb)))::text
  FROM delivery_overview o
 WHERE o.public_id::text = :#${header.id}
