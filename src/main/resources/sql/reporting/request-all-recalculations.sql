-- The nightly safety net: every company a current company-metrics record names is computed again
-- (a recalculation that finds nothing changed writes nothing).
INSERT INTO company_recalculation (publisher_id, company_code, reason)
SELECT DISTINCT n.publisher_id, l.line_key, 'nightly recalculation'
  FROM notice n
  JOIN record_line l ON l.notice_id = n.id
 WHERE n.record_type = 'company_quarterly_metrics' AND n.superseded_at IS NULL
ON CONFLICT (publisher_id, company_code) DO NOTHING
