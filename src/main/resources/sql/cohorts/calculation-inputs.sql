-- What a company's cohort cashflows are computed from: its spends, trades and thresholds, and its
-- payments summed per cohort month and calendar month (the one pass over the payments), each row
-- tagged with its kind.
SELECT 'spend' AS kind, s.cohort_month, NULL::date AS month, s.spend AS amount, NULL::numeric AS cap, 0::bigint AS n
  FROM cohort_spend s WHERE s.company_id = :#company
UNION ALL
SELECT 'trade', t.cohort_month, NULL, t.sharing_percentage, t.cash_cap, t.id
  FROM cohort_trade t WHERE t.company_id = :#company
UNION ALL
SELECT 'threshold', NULL, NULL, t.minimum_payment_percent, NULL, t.payment_period_month
  FROM cohort_threshold t WHERE t.company_id = :#company
UNION ALL
SELECT 'payments', p.cohort_month, date_trunc('month', p.payment_date)::date, sum(p.amount), NULL, count(*)
  FROM cohort_payment p WHERE p.company_id = :#company
 GROUP BY p.cohort_month, date_trunc('month', p.payment_date)
