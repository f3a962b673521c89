-- Rates stored (fetched, imported, a correction): the companies with a quarter ending on or after
-- the earliest of them, whose conversion they may change.
INSERT INTO company_recalculation (publisher_id, company_code, reason)
SELECT DISTINCT n.publisher_id, l.line_key, 'exchange rates stored (' || CAST(:#${exchangeProperty.read[source]} AS text) || ')'
  FROM notice n
  JOIN record_line l ON l.notice_id = n.id
 WHERE n.record_type = 'company_quarterly_metrics' AND n.superseded_at IS NULL
   AND n.notice_date >= CAST(:#${exchangeProperty.read[firstDate]} AS date)
ON CONFLICT (publisher_id, company_code) DO NOTHING
