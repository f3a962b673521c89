-- An LP's look-through (GET /lp/performance): the snapshots of the investors its subscriptions
-- represent, in every fund of every publisher it subscribes to (sees_performance), as of a date.
SELECT s.currency, s.figures::text AS figures, performance_document(s)::text AS document,
       performance_cash_flows(s)::text AS cash_flows
  FROM performance_snapshot s
 WHERE s.investor_code <> ''
   AND s.as_of = CAST(:#asOf AS date)
   AND sees_performance(NULL, CAST(:#viewerSubscriber AS text), s.publisher_id, s.fund_id, s.investor_code)
 ORDER BY s.publisher_id, s.fund_id, s.investor_code
