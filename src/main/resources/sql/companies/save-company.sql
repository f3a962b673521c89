-- Creates a company or updates the publisher's company of that code (seed 003's create-or-update).
-- With If-Match (:#ifMatch, the version the change was made from) only that version is updated,
-- and a company that does not exist is not created. One row always: whether the publisher and
-- its fund exist, the company's current version (for a 412), and the saved document with
-- whether it was created (none when If-Match was stale). A saved company's reporting is asked for.
WITH p AS (
    SELECT id FROM publisher WHERE code = :#publisher
), f AS (
    SELECT f.id FROM fund f JOIN p ON p.id = f.publisher_id WHERE f.code = :#fund
), upserted AS (
    INSERT INTO company (publisher_id, code, name, fund_id, reporting_status, reporting_currency,
                         location_country, customer_type, revenue_type, sector, stage, equity_raised,
                         post_money_valuation, year_end_date, created_by, last_updated_by)
    SELECT p.id, :#code, :#name, f.id, :#reportingStatus, :#reportingCurrency,
           CAST(:#locationCountry AS text), CAST(:#customerType AS text), CAST(:#revenueType AS text),
           CAST(:#sector AS text), CAST(:#stage AS text), CAST(:#equityRaised AS numeric),
           CAST(:#postMoneyValuation AS numeric), CAST(:#yearEndDate AS date), :#actor, :#actor
      FROM p, f
     WHERE CAST(:#ifMatch AS int) IS NULL
    ON CONFLICT (publisher_id, code) DO UPDATE
       SET name = EXCLUDED.name, fund_id = EXCLUDED.fund_id, reporting_status = EXCLUDED.reporting_status,
           reporting_currency = EXCLUDED.reporting_currency, location_country = EXCLUDED.location_country,
           customer_type = EXCLUDED.customer_type, revenue_type = EXCLUDED.revenue_type,
           sector = EXCLUDED.sector, stage = EXCLUDED.stage, equity_raised = EXCLUDED.equity_raised,
           post_money_valuation = EXCLUDED.post_money_valuation, year_end_date = EXCLUDED.year_end_date,
           version = company.version + 1, last_updated_at = now(), last_updated_by = EXCLUDED.last_updated_by
    RETURNING company_document(company)::text AS document, (xmax = 0) AS created, version, public_id
), matched AS (
    UPDATE company c
       SET name = :#name, fund_id = f.id, reporting_status = :#reportingStatus,
           reporting_currency = :#reportingCurrency, location_country = CAST(:#locationCountry AS text),
           customer_type = CAST(:#customerType AS text), revenue_type = CAST(:#revenueType AS text),
           sector = CAST(:#sector AS text), stage = CAST(:#stage AS text),
           equity_raised = CAST(:#equityRaised AS numeric),
           post_money_valuation = CAST(:#postMoneyValuation AS numeric),
           year_end_date = CAST(:#yearEndDate AS date),
           version = c.version + 1, last_updated_at = now(), last_updated_by = :#actor
      FROM p, f
     WHERE c.publisher_id = p.id AND c.code = :#code AND c.version = CAST(:#ifMatch AS int)
    RETURNING company_document(c)::text AS document, false AS created, c.version, c.public_id
), saved AS (
    SELECT * FROM upserted UNION ALL SELECT * FROM matched
), recalculation_requested AS (
    -- Its metrics read the valuation and equity raised: computed again, in this transaction.
    INSERT INTO company_recalculation (publisher_id, company_code, reason)
    SELECT p.id, :#code, 'company data saved (v' || s.version || ')' FROM saved s, p
    ON CONFLICT (publisher_id, company_code) DO UPDATE
       SET reason = EXCLUDED.reason, requested_at = now(), not_before = now(), attempts = 0, last_error = NULL
)
SELECT EXISTS (SELECT 1 FROM p) AS publisher_exists,
       EXISTS (SELECT 1 FROM f) AS fund_exists,
       (SELECT c.version FROM company c JOIN p ON p.id = c.publisher_id WHERE c.code = :#code) AS current_version,
       (SELECT s.document FROM saved s) AS document,
       (SELECT s.created FROM saved s) AS created,
       (SELECT s.version FROM saved s) AS version,
       (SELECT '/api/v1/companies/' || s.public_id FROM saved s) AS location
