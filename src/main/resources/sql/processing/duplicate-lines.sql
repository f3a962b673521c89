-- Lines staged under the same key (investor, position, company) as an earlier line of the record:
-- each later row, with the row of the first. Set-based over the staged rows, so memory in the hub
-- does not grow with the record. At most as many as a submission's error list keeps.
WITH staged AS (
    SELECT source_row, investor_code AS line_key FROM staged_allocation WHERE submission_id = :#submissionId AND record_no = :#recordNo
    UNION ALL
    SELECT source_row, line_key FROM staged_line WHERE submission_id = :#submissionId AND record_no = :#recordNo
), repeated AS (
    SELECT line_key, min(source_row) AS first_row
      FROM staged
     GROUP BY line_key
    HAVING count(*) > 1
)
SELECT s.source_row, s.line_key, r.first_row
  FROM staged s
  JOIN repeated r ON r.line_key = s.line_key
 WHERE s.source_row > r.first_row
 ORDER BY s.source_row
 LIMIT 1000
