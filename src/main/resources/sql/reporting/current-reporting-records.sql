-- The current company_reporting versions of these records (a JSON array of {fundId, reference}),
-- with their content hashes: one statement for all of a company's quarters. One hub at a time
-- recalculates a company (its request is taken FOR UPDATE), and the unique version key makes any
-- other writer fail, so the versions need no lock until one is superseded.
SELECT n.fund_id, n.notice_reference, n.content_sha256
  FROM json_to_recordset(CAST(:#records AS json)) AS r ("fundId" bigint, reference text)
  JOIN notice n ON n.publisher_id = :#publisherId AND n.fund_id = r."fundId"
               AND n.record_type = 'company_reporting' AND n.notice_reference = r.reference
               AND n.superseded_at IS NULL
