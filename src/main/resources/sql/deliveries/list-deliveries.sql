-- The admin's view of deliveries, newest first, by status (dead = the dead-letter view) and
-- subscriber; a page ends with the cursor of the next.
WITH page AS (
    SELECT o.id, o.document
      FROM delivery_overview o
     WHERE (CAST(:#status AS text) IS NULL OR o.status = CAST(:#status AS text))
       AND (CAST(:#subscriber AS text) IS NULL OR o.subscriber_code = CAST(:#subscriber AS text))
       AND (CAST(:#before AS bigint) IS NULL OR o.id < CAST(:#before AS bigint))
     ORDER BY o.id DESC
     LIMIT CAST(:#limit AS int)
)
SELECT json_build_object(
         'items', COALESCE(json_agg(p.document ORDER BY p.id DESC), '[]'::json),
         'nextCursor', CASE WHEN count(*) = CAST(:#limit AS int) THEN CAST(min(p.id) AS text) END)::text
  FROM page p
