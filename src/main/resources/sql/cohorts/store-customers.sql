-- A stored cohort-customers record: its lines add to or replace the companies' customers (by the
-- company's customer id), each keeping the submission and source row it came from.
INSERT INTO cohort_customer (company_id, customer_id, customer_name, cohort_month, submission_id, source_row, updated_by)
SELECT company_id, content ->> 'customerId', content ->> 'customerName', CAST(content ->> 'cohortMonth' AS date),
       submission_id, source_row, updated_by
  FROM cohort_input_line
 WHERE notice_id = :#${header.noticeId}
 ORDER BY source_row -- the rows' ids in the file's order, as the lists show them
    ON CONFLICT (company_id, customer_id) DO UPDATE
   SET customer_name = EXCLUDED.customer_name, cohort_month = EXCLUDED.cohort_month,
       submission_id = EXCLUDED.submission_id, source_row = EXCLUDED.source_row,
       updated_by = EXCLUDED.updated_by, updated_at = now()
