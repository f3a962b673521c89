-- The quarterly reporting financials the caller sees (sees_company_reporting), filtered, by
-- company and quarter; a page ends with the cursor of the next. Figures and rates as exact text.
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
      FROM company_financials r
      JOIN publisher p ON p.id = r.publisher_id
      JOIN fund fu ON fu.id = r.fund_id
      JOIN notice n ON n.id = r.source_notice_id
     WHERE sees_company_reporting(CAST(:#viewerPublisher AS text), CAST(:#viewerSubscriber AS text), r.publisher_id, r.fund_id)
       AND (CAST(:#publisher AS text) IS NULL OR p.code = CAST(:#publisher AS text))
       AND (CAST(:#company AS text) IS NULL OR r.company_code = CAST(:#company AS text))
       AND (CAST(:#fund AS text) IS NULL OR fu.code = CAST(:#fund AS text))
       AND (CAST(:#year AS int) IS NULL OR extract(year FROM r.period_end) = CAST(:#year AS int))
       AND (CAST(:#quarter AS int) IS NULL OR extract(quarter FROM r.period_end) = CAST(:#quarter AS int))
       AND (CAST(:#view AS text) IS NULL OR r.view = CAST(:#view AS text))
       AND (CAST(:#after AS bigint) IS NULL OR r.id > CAST(:#after AS bigint))
     ORDER BY r.id
     LIMIT CAST(:#limit AS int)
)
SELECT json_build_object(
         'items', COALESCE(json_agg(p.document ORDER BY p.id), '[]'::json),
         'nextCursor', CASE WHEN count(*) = CAST(:#limit AS int) THEN CAST(max(p.id) AS text) END)::text
  FROM page p
