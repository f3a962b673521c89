-- Work in progress only (cheap on partial indexes); throughput comes from the Camel route metrics.
SELECT 'submissions' AS metric, s.status, count(x.id) AS value
  FROM (VALUES ('received'), ('processing'), ('awaiting_translation')) AS s (status)
  LEFT JOIN submission x ON x.status = s.status
 GROUP BY s.status
UNION ALL
SELECT 'deliveries', d.status, count(x.id)
  FROM (VALUES ('pending'), ('dead')) AS d (status)
  LEFT JOIN delivery x ON x.status = d.status
 GROUP BY d.status
UNION ALL
SELECT 'delivery.oldest.due.seconds', 'pending',
       COALESCE(EXTRACT(EPOCH FROM now() - min(next_attempt_at)), 0)::bigint
  FROM delivery
 WHERE status = 'pending' AND next_attempt_at <= now()
