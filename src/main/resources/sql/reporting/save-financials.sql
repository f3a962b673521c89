-- One company quarter in one currency view: written only when a figure, a rate or the lineage
-- changed, so a recalculation that finds nothing new rewrites nothing. Returns a row when written.
INSERT INTO company_financials AS f (publisher_id, fund_id, company_code, period_end, fiscal_year, fiscal_quarter,
                                     view, local_currency, currency, exchange_rate_used, rate_date,
                                     not_available_reason, total_revenue, recurring_revenue, gross_profit,
                                     debt_outstanding, sales_marketing_expense, total_operating_expense, ebitda,
                                     net_income, cash_burn, cash_balance, source_notice_id, source_version,
                                     fx_rate_ids)
VALUES (:#publisherId, :#fundId, :#companyCode, CAST(:#periodEnd AS date), :#fiscalYear, :#fiscalQuarter,
        :#view, :#localCurrency, :#currency, :#rate, CAST(:#rateDate AS date), :#reason,
        :#totalRevenue, :#recurringRevenue, :#grossProfit, :#debtOutstanding, :#salesMarketingExpense,
        :#totalOperatingExpense, :#ebitda, :#netIncome, :#cashBurn, :#cashBalance,
        :#noticeId, :#version, CAST(:#fxRateIds AS bigint[]))
ON CONFLICT (publisher_id, fund_id, company_code, period_end, view) DO UPDATE
   SET fiscal_year = EXCLUDED.fiscal_year, fiscal_quarter = EXCLUDED.fiscal_quarter,
       local_currency = EXCLUDED.local_currency, currency = EXCLUDED.currency,
       exchange_rate_used = EXCLUDED.exchange_rate_used, rate_date = EXCLUDED.rate_date,
       not_available_reason = EXCLUDED.not_available_reason, total_revenue = EXCLUDED.total_revenue,
       recurring_revenue = EXCLUDED.recurring_revenue, gross_profit = EXCLUDED.gross_profit,
       debt_outstanding = EXCLUDED.debt_outstanding, sales_marketing_expense = EXCLUDED.sales_marketing_expense,
       total_operating_expense = EXCLUDED.total_operating_expense, ebitda = EXCLUDED.ebitda,
       net_income = EXCLUDED.net_income, cash_burn = EXCLUDED.cash_burn, cash_balance = EXCLUDED.cash_balance,
       source_notice_id = EXCLUDED.source_notice_id, source_version = EXCLUDED.source_version,
       fx_rate_ids = EXCLUDED.fx_rate_ids, computed_at = now()
 WHERE (f.fiscal_year, f.fiscal_quarter, f.local_currency, f.currency, f.exchange_rate_used, f.rate_date,
        f.not_available_reason, f.total_revenue, f.recurring_revenue, f.gross_profit, f.debt_outstanding,
        f.sales_marketing_expense, f.total_operating_expense, f.ebitda, f.net_income, f.cash_burn,
        f.cash_balance, f.source_notice_id, f.source_version, f.fx_rate_ids)
       IS DISTINCT FROM
       (EXCLUDED.fiscal_year, EXCLUDED.fiscal_quarter, EXCLUDED.local_currency, EXCLUDED.currency,
        EXCLUDED.exchange_rate_used, EXCLUDED.rate_date, EXCLUDED.not_available_reason, EXCLUDED.total_revenue,
        EXCLUDED.recurring_revenue, EXCLUDED.gross_profit, EXCLUDED.debt_outstanding,
        EXCLUDED.sales_marketing_expense, EXCLUDED.total_operating_expense, EXCLUDED.ebitda,
        EXCLUDED.net_income, EXCLUDED.cash_burn, EXCLUDED.cash_balance, EXCLUDED.source_notice_id,
        EXCLUDED.source_version, EXCLUDED.fx_rate_ids)
RETURNING f.id
