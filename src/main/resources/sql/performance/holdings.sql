-- A fund's portfolio (performance/Portfolio): every position of its current schedules of
-- investments, at the schedule's as-of date, with the record and version it is read from.
SELECT n.notice_date AS schedule_date, l.content->>'companyId' AS company_id,
       l.content->>'companyName' AS company_name, (l.content->>'cost')::numeric AS cost,
       (l.content->>'fairValue')::numeric AS fair_value, (l.content->>'realizedProceeds')::numeric AS realized_proceeds,
       l.content->>'status' AS status, n.id AS notice_id, n.version
  FROM notice n
  JOIN record_line l ON l.notice_id = n.id
 WHERE n.publisher_id = :#publisherId AND n.fund_id = :#fundId AND n.record_type = 'schedule_of_investments'
   AND n.superseded_at IS NULL
 ORDER BY n.notice_date, l.source_row
