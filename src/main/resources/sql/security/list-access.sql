-- The access audit, newest first, by actor (client id), target (path prefix) and time; a page ends
-- with the cursor of the next.
WITH page AS (
    SELECT id, json_build_object('at', occurred_at, 'actor', actor, 'role', role, 'participant', participant,
                                 'action', action, 'method', method, 'target', target, 'outcome', outcome,
                                 'requestId', request_id, 'durationMs', duration_ms) AS document
      FROM access_event
     WHERE (CAST(:#actor AS text) IS NULL OR actor = CAST(:#actor AS text))
       AND (CAST(:#target AS text) IS NULL OR starts_with(target, CAST(:#target AS text)))
       AND (CAST(:#from AS timestamptz) IS NULL OR occurred_at >= CAST(:#from AS timestamptz))
       AND (CAST(:#to AS timestamptz) IS NULL OR occurred_at < CAST(:#to AS timestamptz))
       AND (CAST(:#before AS bigint) IS NULL OR id < CAST(:#before AS bigint))
     ORDER BY id DESC
     LIMIT CAST(:#limit AS int)
)
SELECT json_build_object(
         'items', COALESCE(json_agg(p.document ORDER BY p.id DESC), '[]'::json),
         'nextCursor', CASE WHEN count(*) = CAST(:#limit AS int) THEN CAST(min(p.id) AS text) END)::text
  FROM page p
