-- A stored cohort-thresholds record: its lines add to or replace the companies' thresholds (one
-- per company and period number), each keeping the submission and source row it came from. The
-- record's percentages are 0 to 100, the table's fractions.
INSERT INTO cohort_threshold (company_id, payment_period_month, minimum_payment_percent, submission_id, source_row,
                              updated_by)
SELECT company_id, CAST(content ->> 'paymentPeriodMonth' AS int), CAST(content ->> 'minimumPaymentPercent' AS numeric) / 100,
       submission_id, source_row, updated_by
  FROM cohort_input_line
 WHERE notice_id = :#${header.noticeId}
 ORDER BY source_row -- the rows' ids in the file's order, as the lists show them
    ON CONFLICT (company_id, payment_period_month) DO UPDATE
   SET minimum_payment_percent = EXCLUDED.minimum_payment_percent, submission_id = EXCLUDED.submission_id,
       source_row = EXCLUDED.source_row, updated_by = EXCLUDED.updated_by, updated_at = now()
