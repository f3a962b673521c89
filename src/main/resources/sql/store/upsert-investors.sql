-- The notice's investors, registered or renamed in one statement from the staged allocations.
INSERT INTO investor (publisher_id, code, name)
SELECT DISTINCT ON (investor_code) :#publisherId, investor_code, investor_name
  FROM staged_allocation
 WHERE submission_id = :#submissionId
ON CONFLICT (publisher_id, code) DO UPDATE SET name = COALESCE(EXCLUDED.name, investor.name)
