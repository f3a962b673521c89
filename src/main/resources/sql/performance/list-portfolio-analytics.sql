-- Seed 004's portfolio analytics (part: overview, rankings, risk-analysis) of the funds the caller
-- sees (performance_snapshots_page at fund level), as of a date or each fund's latest; a page
-- ends with the cursor of the next.
WITH page AS (
    SELECT s.id, portfolio_document(s, CAST(:#part AS text)) AS document
      FROM performance_snapshots_page(CAST(:#viewerPublisher AS text), CAST(:#viewerSubscriber AS text),
                                      CAST(:#scope AS text), CAST(:#publisher AS text), CAST(:#fund AS text),
                                      CAST(:#investor AS text), CAST(:#asOf AS date), CAST(:#after AS bigint),
                                      CAST(:#limit AS int)) s
)
SELECT json_build_object(
         'items', COALESCE(json_agg(p.document ORDER BY p.id), '[]'::json),
         'nextCursor', CASE WHEN count(*) = CAST(:#limit AS int) THEN CAST(max(p.id) AS text) END)::text
  FROM page p
