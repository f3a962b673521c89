-- One company's computed quarters, a row per currency view, with what the company_reporting
-- record of each (fund, quarter) states (RecordType.COMPANY_REPORTING, ReportingRecords):
-- figures and metrics as exact text, the name the company reported under, the quarter's own
-- record and every record its metrics read ("record@version", by quarter end).
SELECT f.fund_id, fu.code AS fund_code, p.code AS publisher_code, f.period_end, f.fiscal_year, f.fiscal_quarter,
       f.view, f.local_currency, f.currency, f.exchange_rate_used::text AS exchange_rate_used, f.rate_date,
       f.not_available_reason, f.total_revenue::text AS total_revenue, f.recurring_revenue::text AS recurring_revenue,
       f.gross_profit::text AS gross_profit, f.debt_outstanding::text AS debt_outstanding,
       f.sales_marketing_expense::text AS sales_marketing_expense,
       f.total_operating_expense::text AS total_operating_expense, f.ebitda::text AS ebitda,
       f.net_income::text AS net_income, f.cash_burn::text AS cash_burn, f.cash_balance::text AS cash_balance,
       m.metrics::text AS metrics, m.not_available::text AS not_available, m.company_version,
       n.public_id AS source_record, f.source_version,
       (SELECT l.content->>'companyName' FROM record_line l
         WHERE l.notice_id = f.source_notice_id AND l.line_key = f.company_code) AS company_name,
       (SELECT string_agg(r.public_id || '@' || s.version, ' ' ORDER BY r.notice_date)
          FROM unnest(m.source_notice_ids, m.source_versions) AS s (notice_id, version)
          JOIN notice r ON r.id = s.notice_id) AS metrics_inputs
  FROM company_financials f
  JOIN company_reporting_metrics m ON m.financials_id = f.id
  JOIN notice n ON n.id = f.source_notice_id
  JOIN fund fu ON fu.id = f.fund_id
  JOIN publisher p ON p.id = f.publisher_id
 WHERE f.publisher_id = :#publisherId AND f.company_code = :#companyCode
 ORDER BY f.fund_id, f.period_end, array_position(ARRAY['local', 'USD', 'CAD'], f.view)
