-- The earlier submission a re-post repeats: the one with the same Idempotency-Key if there is
-- one (so a key reused for other content is caught), else the one with the same sha256; and
-- whether it came with the same request values (an upload's company, not the day it arrived).
SELECT id, public_id, sha256,
       (request_values - 'asOfDate') IS NOT DISTINCT FROM (CAST(:#requestValues AS jsonb) - 'asOfDate') AS same_request
  FROM submission
 WHERE publisher_id = :#publisherId
   AND (sha256 = :#sha256 OR idempotency_key = CAST(:#idempotencyKey AS text))
 ORDER BY (idempotency_key IS NOT DISTINCT FROM CAST(:#idempotencyKey AS text)) DESC, id
 LIMIT 1
