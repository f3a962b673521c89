-- The investors of a notice's allocations or a capital account statement's lines (keyed by the
-- investor's code), registered or renamed in one statement from what was staged. Only a real
-- rename writes (re-writing every known investor on each record was most of its cost), and only
-- a rename locks its row: ON CONFLICT DO UPDATE would lock every known investor until commit, so
-- two records of one fund stored at once waited for each other. A new investor remembers the
-- submission that introduced it (its status lists it as a warning).
WITH staged AS (
    SELECT DISTINCT ON (investor_code) investor_code, investor_name
      FROM (SELECT investor_code, investor_name
              FROM staged_allocation WHERE submission_id = :#submissionId AND record_no = :#recordNo
            UNION ALL
            SELECT line_key, content ->> 'investorName'
              FROM staged_line WHERE submission_id = :#submissionId AND record_no = :#recordNo) lines
), renamed AS (
    UPDATE investor i
       SET name = s.investor_name
      FROM staged s
     WHERE i.publisher_id = :#publisherId AND i.code = s.investor_code
       AND s.investor_name IS NOT NULL AND s.investor_name IS DISTINCT FROM i.name
)
INSERT INTO investor (publisher_id, code, name, introduced_by)
SELECT :#publisherId, investor_code, investor_name, :#submissionId
  FROM staged
ON CONFLICT (publisher_id, code) DO NOTHING
