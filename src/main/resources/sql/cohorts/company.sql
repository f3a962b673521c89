-- The company a cohorts request names, if the caller sees its revenue-share terms and cohort
-- cashflows (otherwise no row: 404, as for one that does not exist).
SELECT c.id, c.code, f.code AS fund, c.reporting_currency AS currency
  FROM company c
  JOIN fund f ON f.id = c.fund_id
 WHERE c.public_id = CAST(:#id AS uuid)
   AND sees_cohorts(CAST(:#viewerPublisher AS text), CAST(:#viewerSubscriber AS text), c.publisher_id, c.fund_id)
