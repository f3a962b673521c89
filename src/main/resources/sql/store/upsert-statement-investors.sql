-- A capital account statement's investors, registered or renamed in one statement (as a notice's).
INSERT INTO investor (publisher_id, code, name)
SELECT DISTINCT ON (line_key) :#publisherId, line_key, content ->> 'investorName'
  FROM staged_line
 WHERE submission_id = :#submissionId
ON CONFLICT (publisher_id, code) DO UPDATE SET name = EXCLUDED.name
 WHERE EXCLUDED.name IS NOT NULL AND EXCLUDED.name IS DISTINCT FROM investor.name
