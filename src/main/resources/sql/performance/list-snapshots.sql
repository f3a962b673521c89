-- Performance snapshots the caller sees (sees_performance), of funds (scope fund) or investors
-- (scope investors), filtered: as of a date, or each one's latest (today's) when none is given;
-- with explain, each with the cash flows and statement lines behind it.
-- A page ends with the cursor of the next.
WITH page AS (
    SELECT s.id, CASE WHEN CAST(:#explain AS boolean)
                      THEN (performance_document(s)::jsonb
                            || jsonb_build_object('cashFlows', performance_cash_flows(s)))::json
                      ELSE performance_document(s) END AS document
      FROM performance_snapshot s
      JOIN publisher p ON p.id = s.publisher_id
      JOIN fund f ON f.id = s.fund_id
     WHERE sees_performance(CAST(:#viewerPublisher AS text), CAST(:#viewerSubscriber AS text), s.publisher_id,
                            s.fund_id, s.investor_code)
       AND (CAST(:#scope AS text) = 'fund') = (s.investor_code = '')
       AND (CAST(:#publisher AS text) IS NULL OR p.code = CAST(:#publisher AS text))
       AND (CAST(:#fund AS text) IS NULL OR f.code = CAST(:#fund AS text))
       AND (CAST(:#investor AS text) IS NULL OR s.investor_code = CAST(:#investor AS text))
       AND CASE WHEN CAST(:#asOf AS date) IS NOT NULL
                THEN s.as_of = CAST(:#asOf AS date)
                ELSE s.as_of = (SELECT max(l.as_of) FROM performance_snapshot l
                                 WHERE l.fund_id = s.fund_id AND l.investor_code = s.investor_code) END
       AND (CAST(:#after AS bigint) IS NULL OR s.id > CAST(:#after AS bigint))
     ORDER BY s.id
     LIMIT CAST(:#limit AS int)
)
SELECT json_build_object(
         'items', COALESCE(json_agg(p.document ORDER BY p.id), '[]'::json),
         'nextCursor', CASE WHEN count(*) = CAST(:#limit AS int) THEN CAST(max(p.id) AS text) END)::text
  FROM page p
