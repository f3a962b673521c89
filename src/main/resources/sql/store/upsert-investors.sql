-- The notice's investors, registered or renamed in one statement from the staged allocations.
-- Only a real rename writes (re-writing every known investor on each notice was most of its cost)
-- and only a rename locks its row: ON CONFLICT DO UPDATE would lock every known investor until
-- commit, so two notices of one fund stored at once waited for each other.
WITH staged AS (
    SELECT DISTINCT ON (investor_code) investor_code, investor_name
      FROM staged_allocation
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
