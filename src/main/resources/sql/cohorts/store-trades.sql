-- A stored cohort-trades record: its lines add to or replace the companies' trades (one per
-- company and cohort month), each keeping the submission and source row it came from. The
-- record's percentages are 0 to 100, the table's fractions.
INSERT INTO cohort_trade (company_id, cohort_month, sharing_percentage, cash_cap, submission_id, source_row, updated_by)
SELECT company_id, CAST(content ->> 'cohortMonth' AS date), CAST(content ->> 'sharingPercentage' AS numeric) / 100,
       CAST(content ->> 'cashCap' AS numeric), submission_id, source_row, updated_by
  FROM cohort_input_line
 WHERE notice_id = :#${header.noticeId}
 ORDER BY source_row -- the rows' ids in the file's order, as the lists show them
    ON CONFLICT (company_id, cohort_month) DO UPDATE
   SET sharing_percentage = EXCLUDED.sharing_percentage, cash_cap = EXCLUDED.cash_cap,
       submission_id = EXCLUDED.submission_id, source_row = EXCLUDED.source_row,
       updated_by = EXCLUDED.updated_by, updated_at = now()
