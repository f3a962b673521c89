-- A capital account statement's investors, registered or renamed in one statement, locking only
-- the renamed (as a notice's, upsert-investors.sql).
WITH staged AS (
    SELECT DISTINCT ON (line_key) line_key AS investor_code, content ->> 'investorName' AS investor_name
      FROM staged_line
     WHERE submission_id = :#submissionId
), renamed AS (
    UPDATE investor i
       SET name = s.investor_name
      FROM staged s
     WHERE i.publisher_id = :#publisherId AND i.code = s.investor_code
       AND s.investor_name IS NOT NULL AND s.investor_name IS DISTINCT FROM i.name
)
INSERT INTO investor (publisher_id, code, name)
SELECT :#publisherId, investor_code, investor_name
  FROM staged
ON CONFLICT (publisher_id, code) DO NOTHING
