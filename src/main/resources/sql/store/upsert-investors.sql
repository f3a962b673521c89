-- The notice's investors, registered or renamed in one statement from the staged allocations.
INSERT INTO investor (publisher_id, code, name)
SELECT DISTINCT ON (investor_code) :#publisherId, investor_code, investor_name
  FROM staged_allocation
 WHERE submission_id = :#submissionId
ON CONFLICT (publisher_id, code) DO UPDATE SET name = EXCLUDED.name
 -- Only a real rename writes: re-writing every known investor on each notice was most of its cost.
 WHERE EXCLUDED.name IS NOT NULL AND EXCLUDED.name IS DISTINCT FROM investor.name
