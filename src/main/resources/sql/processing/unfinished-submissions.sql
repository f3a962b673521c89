-- Submissions to (re)process: received but not yet claimed, or claimed by a worker whose lease
-- ran out (it crashed or was stopped). Claiming decides who takes each one.
SELECT id
  FROM submission
 WHERE (status = 'received' OR (status = 'processing' AND claimed_until < now()))
   AND attempts < CAST(:#${properties:pmdc.processing.max-attempts} AS int)
 ORDER BY id
 LIMIT 100
