-- Claims due deliveries under a lease: rows locked by another hub instance are skipped, and a
-- claimed row is not due again until its lease ends (then a crashed attempt is retried).
UPDATE delivery d
   SET attempts = d.attempts + 1,
       next_attempt_at = now() + CAST(:#${properties:pmdc.delivery.lease-seconds} AS int) * interval '1 second'
  FROM notice n, subscription su
 WHERE d.id IN (SELECT id
                  FROM delivery
                 WHERE status = 'pending' AND next_attempt_at <= now()
                 ORDER BY next_attempt_at, id
                 LIMIT CAST(:#${properties:pmdc.delivery.batch-size} AS int)
                   FOR UPDATE SKIP LOCKED)
   AND n.id = d.notice_id
   AND su.id = d.subscription_id
RETURNING d.id, d.public_id, d.attempts, d.event_type,
          n.public_id AS notice_public_id, n.version, n.canonical::text AS canonical,
          line_count(n.id) AS line_count,
          CASE WHEN line_count(n.id) <= CAST(:#${properties:pmdc.delivery.max-inline-lines} AS int)
               THEN canonical_lines(n.id)::text END AS lines,
          n.record_type,
          to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS stored_at,
          (SELECT p.public_id FROM notice p WHERE p.id = n.supersedes_id) AS supersedes_public_id,
          su.webhook_url, su.signing_secret
