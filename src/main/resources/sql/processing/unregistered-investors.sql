-- Lines naming an investor the publisher has not registered, when the publisher registers its
-- investors beforehand (investor_policy 'registered-only'); nothing otherwise. Set-based over the
-- staged rows; at most as many as a submission's error list keeps.
WITH staged AS (
    SELECT source_row, investor_code FROM staged_allocation WHERE submission_id = :#submissionId AND record_no = :#recordNo
    UNION ALL
    SELECT source_row, line_key FROM staged_line WHERE submission_id = :#submissionId AND record_no = :#recordNo
)
SELECT s.source_row, s.investor_code
  FROM staged s
  JOIN publisher p ON p.id = :#publisherId AND p.investor_policy = 'registered-only'
 WHERE NOT EXISTS (SELECT 1 FROM investor i
                    WHERE i.publisher_id = p.id AND i.code = s.investor_code AND i.registered_at IS NOT NULL)
 ORDER BY s.source_row
 LIMIT 1000
