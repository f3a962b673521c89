-- Performance snapshots the caller sees, of funds (scope fund) or investors (scope investors),
-- filtered (performance_snapshots_page, R__performance_documents.sql); with explain, each with the
-- cash flows and statement lines behind it. A page ends with the cursor of the next.
WITH page AS (
    SELECT s.id, CASE WHEN CAST(:#explain AS boolean)
                      THEN (performance_document(s)::jsonb
                            || jsonb_build_object('cashFlows', performance_cash_flows(s)))::json
                      ELSE performance_document(s) END AS document
      FROM performance_snapshots_page(CAST(:#viewerPublisher AS text), CAST(:#viewerSubscriber AS text),
                                      CAST(:#scope AS text), CAST(:#publisher AS text), CAST(:#fund AS text),
                                      CAST(:#investor AS text), CAST(:#asOf AS date), CAST(:#after AS bigint),
                                      CAST(:#limit AS int)) s
)
SELECT json_build_object(
         'items', COALESCE(json_agg(p.document ORDER BY p.id), '[]'::json),
         'nextCursor', CASE WHEN count(*) = CAST(:#limit AS int) THEN CAST(max(p.id) AS text) END)::text
  FROM page p
