-- In the transaction that stores a company-metrics record: its companies' reporting is computed
-- again (an amendment's too, which also changes the LTM and YoY figures of later quarters).
INSERT INTO company_recalculation (publisher_id, company_code, reason)
SELECT n.publisher_id, l.line_key, 'company metrics stored (record ' || n.public_id || ' v' || n.version || ')'
  FROM notice n
  JOIN record_line l ON l.notice_id = n.id
 WHERE n.id = :#${header.noticeId}
ON CONFLICT (publisher_id, company_code) DO UPDATE
   SET reason = EXCLUDED.reason, requested_at = now(), not_before = now(), attempts = 0, last_error = NULL
