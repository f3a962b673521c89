-- A company as the companies API answers it (CompanyApiBodies.Company): one definition for the
-- save, the list and the read. Amounts as text, exact.
CREATE OR REPLACE FUNCTION company_document(c company) RETURNS json
LANGUAGE sql STABLE AS $$
    SELECT json_build_object(
             'id', c.public_id,
             'publisher', (SELECT p.code FROM publisher p WHERE p.id = c.publisher_id),
             'code', c.code, 'name', c.name,
             'fund', (SELECT f.code FROM fund f WHERE f.id = c.fund_id),
             'reportingStatus', c.reporting_status, 'reportingCurrency', c.reporting_currency,
             'locationCountry', c.location_country, 'customerType', c.customer_type,
             'revenueType', c.revenue_type, 'sector', c.sector, 'stage', c.stage,
             'equityRaised', c.equity_raised::text, 'postMoneyValuation', c.post_money_valuation::text,
             'yearEndDate', c.year_end_date, 'version', c.version,
             'createdAt', c.created_at, 'createdBy', c.created_by,
             'lastUpdatedAt', c.last_updated_at, 'lastUpdatedBy', c.last_updated_by)
$$;
