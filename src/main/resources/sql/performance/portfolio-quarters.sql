-- Each quarter's metrics of a fund's companies in the fund's currency (its USD or CAD view, or the
-- company's own when it reports in the fund's currency) and in USD (for the high-burn threshold).
SELECT f.company_code, f.period_end, f.view, f.currency, m.metrics::text AS metrics
  FROM company_financials f
  JOIN company_reporting_metrics m ON m.financials_id = f.id
 WHERE f.publisher_id = :#publisherId AND f.fund_id = :#fundId
   AND (f.view = 'USD' OR f.currency = CAST(:#currency AS text))
 ORDER BY f.company_code, f.period_end
