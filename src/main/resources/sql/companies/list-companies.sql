-- The companies the caller sees (sees_company_reporting), filtered, in the order they were
-- registered; a page ends with the cursor of the next.
WITH page AS (
    SELECT c.id, company_document(c) AS document
      FROM company c
      JOIN publisher p ON p.id = c.publisher_id
      JOIN fund f ON f.id = c.fund_id
     WHERE sees_company_reporting(CAST(:#viewerPublisher AS text), CAST(:#viewerSubscriber AS text), c.publisher_id, c.fund_id)
       AND (CAST(:#publisher AS text) IS NULL OR p.code = CAST(:#publisher AS text))
       AND (CAST(:#fund AS text) IS NULL OR f.code = CAST(:#fund AS text))
       AND (CAST(:#status AS text) IS NULL OR c.reporting_status = CAST(:#status AS text))
       AND (CAST(:#currency AS text) IS NULL OR c.reporting_currency = CAST(:#currency AS text))
       AND (CAST(:#name AS text) IS NULL OR c.name ILIKE '%' || CAST(:#name AS text) || '%')
       AND (CAST(:#after AS bigint) IS NULL OR c.id > CAST(:#after AS bigint))
     ORDER BY c.id
     LIMIT CAST(:#limit AS int)
)
SELECT json_build_object(
         'items', COALESCE(json_agg(p.document ORDER BY p.id), '[]'::json),
         'nextCursor', CASE WHEN count(*) = CAST(:#limit AS int) THEN CAST(max(p.id) AS text) END)::text
  FROM page p
