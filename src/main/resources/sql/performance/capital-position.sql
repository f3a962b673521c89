-- What a fund's performance is computed from (performance/CapitalPosition), by investor: every
-- allocation of its current capital calls and distributions and every line of its current capital
-- account statements, with the record and version each is read from. A call counts at its due
-- date; a distribution at its payment date (its notice date when it gives none), gross of the tax
-- withheld; a statement at its period end.
SELECT 'call' AS kind, i.code AS investor, n.value_date AS flow_date, a.amount, a.commitment,
       NULL::numeric AS recallable, NULL::numeric AS ending_nav, NULL::numeric AS management_fees_itd,
       NULL::numeric AS carried_interest_accrued, n.id AS notice_id, n.version
  FROM notice n
  JOIN capital_call_allocation a ON a.notice_id = n.id
  JOIN investor i ON i.id = a.investor_id
 WHERE n.publisher_id = :#publisherId AND n.fund_id = :#fundId AND n.record_type = 'capital_call'
   AND n.superseded_at IS NULL
UNION ALL
SELECT 'distribution', i.code, COALESCE(n.value_date, n.notice_date), d.amount + d.withholding_tax,
       NULL, d.recallable, NULL, NULL, NULL, n.id, n.version
  FROM notice n
  JOIN distribution_allocation d ON d.notice_id = n.id
  JOIN investor i ON i.id = d.investor_id
 WHERE n.publisher_id = :#publisherId AND n.fund_id = :#fundId AND n.record_type = 'distribution'
   AND n.superseded_at IS NULL
UNION ALL
SELECT 'statement', l.line_key, n.notice_date, NULL, (l.content->>'totalCommitment')::numeric, NULL,
       (l.content->>'endingNav')::numeric, (l.content->>'managementFeesItd')::numeric,
       (l.content->>'incentiveAllocationAccruedBalance')::numeric, n.id, n.version
  FROM notice n
  JOIN record_line l ON l.notice_id = n.id
 WHERE n.publisher_id = :#publisherId AND n.fund_id = :#fundId AND n.record_type = 'capital_account_statement'
   AND n.superseded_at IS NULL
 ORDER BY flow_date, notice_id, investor
