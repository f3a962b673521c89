-- A fund's figures at each quarter end (and today) since a date, oldest first (seed 004's trend):
-- the fund's snapshots, if the caller sees the fund; without a fund, each fund's the caller sees.
SELECT json_build_object('items', COALESCE(json_agg(performance_document(s) ORDER BY p.code, f.code, s.as_of),
                                           '[]'::json))::text
  FROM performance_snapshot s
  JOIN publisher p ON p.id = s.publisher_id
  JOIN fund f ON f.id = s.fund_id
 WHERE s.investor_code = ''
   AND sees_performance(CAST(:#viewerPublisher AS text), CAST(:#viewerSubscriber AS text), s.publisher_id, s.fund_id, '')
   AND (CAST(:#publisher AS text) IS NULL OR p.code = CAST(:#publisher AS text))
   AND (CAST(:#fund AS text) IS NULL OR f.code = CAST(:#fund AS text))
   AND s.as_of >= CAST(:#since AS date)
