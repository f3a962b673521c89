-- A stored cohort-spends record: its lines add to or replace the companies' spends (one per
-- company and cohort month), each keeping the submission and source row it came from.
INSERT INTO cohort_spend (company_id, cohort_month, spend, submission_id, source_row, updated_by)
SELECT company_id, CAST(content ->> 'cohortMonth' AS date), CAST(content ->> 'spend' AS numeric),
       submission_id, source_row, updated_by
  FROM cohort_input_line
 WHERE notice_id = :#${header.noticeId}
 ORDER BY source_row -- the rows' ids in the file's order, as the lists show them
    ON CONFLICT (company_id, cohort_month) DO UPDATE
   SET spend = EXCLUDED.spend, submission_id = EXCLUDED.submission_id, source_row = EXCLUDED.source_row,
       updated_by = EXCLUDED.updated_by, updated_at = now()
