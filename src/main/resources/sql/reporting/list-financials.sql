-- The quarterly reporting financials the caller sees, filtered, by company and quarter
-- (company_quarters_page, R__reporting_pages.sql); a page ends with the cursor of the next.
-- Figures and rates as exact text.
WITH page AS (
    SELECT r.id, json_build_object(
             'publisher', p.code, 'fund', fu.code, 'company', r.company_code,
             'periodEnd', r.period_end,
             'reportingYear', extract(year FROM r.period_end)::int,
             'reportingQuarter', extract(quarter FROM r.period_end)::int,
             'fiscalYear', r.fiscal_year, 'fiscalQuarter', r.fiscal_quarter,
             'view', r.view, 'localCurrency', r.local_currency, 'currency', r.currency,
             'exchangeRateUsed', r.exchange_rate_used::text, 'rateDate', r.rate_date,
             'notAvailableReason', r.not_available_reason,
             'totalRevenue', r.total_revenue::text, 'recurringRevenue', r.recurring_revenue::text,
             'grossProfit', r.gross_profit::text, 'debtOutstanding', r.debt_outstanding::text,
             'salesMarketingExpense', r.sales_marketing_expense::text,
             'totalOperatingExpense', r.total_operating_expense::text, 'ebitda', r.ebitda::text,
             'netIncome', r.net_income::text, 'cashBurn', r.cash_burn::text, 'cashBalance', r.cash_balance::text,
             'computedFrom', json_build_object('record', n.public_id, 'version', r.source_version,
                                               'fxRates', to_json(r.fx_rate_ids)),
             'computedAt', r.computed_at) AS document
      FROM company_quarters_page(CAST(:#viewerPublisher AS text), CAST(:#viewerSubscriber AS text),
                                 CAST(:#publisher AS text), CAST(:#company AS text), CAST(:#fund AS text),
                                 CAST(:#year AS int), CAST(:#quarter AS int), CAST(:#view AS text),
                                 CAST(:#after AS bigint), CAST(:#limit AS int)) r
      JOIN publisher p ON p.id = r.publisher_id
      JOIN fund fu ON fu.id = r.fund_id
      JOIN notice n ON n.id = r.source_notice_id
)
SELECT json_build_object(
         'items', COALESCE(json_agg(p.document ORDER BY p.id), '[]'::json),
         'nextCursor', CASE WHEN count(*) = CAST(:#limit AS int) THEN CAST(max(p.id) AS text) END)::text
  FROM page p
