-- A stored customer-payments record: its lines add to or replace the companies' payments (by the
-- company's payment id), each keeping the submission and source row it came from.
INSERT INTO cohort_payment (company_id, payment_id, customer_id, payment_date, cohort_month, amount, submission_id,
                            source_row, updated_by)
SELECT company_id, content ->> 'paymentId', content ->> 'customerId', CAST(content ->> 'paymentDate' AS date),
       CAST(content ->> 'cohortMonth' AS date), CAST(content ->> 'amount' AS numeric), submission_id, source_row,
       updated_by
  FROM cohort_input_line
 WHERE notice_id = :#${header.noticeId}
 ORDER BY source_row -- the rows' ids in the file's order, as the lists show them
    ON CONFLICT (company_id, payment_id) DO UPDATE
   SET customer_id = EXCLUDED.customer_id, payment_date = EXCLUDED.payment_date, cohort_month = EXCLUDED.cohort_month,
       amount = EXCLUDED.amount, submission_id = EXCLUDED.submission_id, source_row = EXCLUDED.source_row,
       updated_by = EXCLUDED.updated_by, updated_at = now()
