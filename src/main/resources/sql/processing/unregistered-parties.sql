-- Lines naming a party the hub cannot take them for, set-based over the staged rows, at most as
-- many as a submission's error list keeps; RecordValidator words them:
-- - an investor the publisher has not registered, when it registers its investors beforehand
--   (investor_policy 'registered-only'), for the record types keyed by investor;
-- - for seed 002's cohort inputs, a company that is not one of the publisher's in the record's
--   fund (company_fund null when unregistered), or that reports in another currency than the record's.
WITH staged AS (
    SELECT source_row, investor_code AS code FROM staged_allocation WHERE submission_id = :#submissionId AND record_no = :#recordNo
    UNION ALL
    SELECT source_row, line_key FROM staged_line WHERE submission_id = :#submissionId AND record_no = :#recordNo
), investors AS (
    SELECT s.source_row, s.code, 'investor' AS party, NULL AS company_fund, NULL AS company_currency
      FROM staged s
      JOIN publisher p ON p.id = :#publisherId AND p.investor_policy = 'registered-only'
     WHERE NOT EXISTS (SELECT 1 FROM investor i
                        WHERE i.publisher_id = p.id AND i.code = s.code AND i.registered_at IS NOT NULL)
), companies AS (
    SELECT l.source_row, l.content ->> 'companyId' AS code, 'company' AS party, f.code AS company_fund,
           c.reporting_currency AS company_currency
      FROM staged_line l
      LEFT JOIN company c ON c.publisher_id = :#publisherId AND c.code = l.content ->> 'companyId'
      LEFT JOIN fund f ON f.id = c.fund_id
     WHERE l.submission_id = :#submissionId AND l.record_no = :#recordNo
       AND CAST(:#companiesRegistered AS boolean)
       AND (c.id IS NULL OR c.fund_id IS DISTINCT FROM CAST(:#${header.fundId} AS bigint)
            OR c.reporting_currency <> COALESCE(CAST(:#currency AS text), c.reporting_currency))
)
SELECT * FROM investors
UNION ALL
SELECT * FROM companies
 ORDER BY source_row
 LIMIT 1000
