-- Up to 5,000 access-audit rows older than the retention, oldest first (0 days: none). The
-- prune-access-events route repeats it until it removes nothing.
DELETE FROM access_event
 WHERE id IN (SELECT id
                FROM access_event
               WHERE CAST(:#${properties:pmdc.audit.access-retention-days} AS int) > 0
                 AND occurred_at < now() - CAST(:#${properties:pmdc.audit.access-retention-days} AS int) * interval '1 day'
               ORDER BY occurred_at
               LIMIT 5000)
