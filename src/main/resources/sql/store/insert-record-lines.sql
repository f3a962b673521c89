-- A report's lines, moved from staging in one statement.
INSERT INTO record_line (notice_id, line_key, source_row, content)
SELECT :#${header.noticeId}, line_key, source_row, content
  FROM staged_line
 WHERE submission_id = :#submissionId AND record_no = :#recordNo
