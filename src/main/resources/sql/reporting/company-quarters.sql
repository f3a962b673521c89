-- A company's quarters as the current company-metrics records give them (one line per record).
SELECT n.id AS notice_id, n.version, n.fund_id, n.notice_date AS period_end, l.content::text AS content
  FROM notice n
  JOIN record_line l ON l.notice_id = n.id AND l.line_key = :#companyCode
 WHERE n.publisher_id = :#publisherId AND n.record_type = 'company_quarterly_metrics' AND n.superseded_at IS NULL
 ORDER BY n.notice_date, n.fund_id
