-- Investors staged on more than one row of a notice: each later row, with the row of the first.
-- Set-based over the staged rows, so memory in the hub does not grow with the notice. At most as
-- many as a submission's error list keeps.
WITH repeated AS (
    SELECT investor_code, min(source_row) AS first_row
      FROM staged_allocation
     WHERE submission_id = :#submissionId
     GROUP BY investor_code
    HAVING count(*) > 1
)
SELECT s.source_row, s.investor_code, r.first_row
  FROM staged_allocation s
  JOIN repeated r ON r.investor_code = s.investor_code
 WHERE s.submission_id = :#submissionId
   AND s.source_row > r.first_row
 ORDER BY s.source_row
 LIMIT 1000
