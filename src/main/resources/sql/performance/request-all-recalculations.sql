-- The nightly safety net, and what moves today's snapshot: every fund with a record performance
-- reads is computed again (a recalculation that finds nothing changed writes nothing).
INSERT INTO performance_recalculation (fund_id, reason)
SELECT DISTINCT n.fund_id, 'nightly recalculation'
  FROM notice n
 WHERE n.record_type IN ('capital_call', 'distribution', 'capital_account_statement', 'schedule_of_investments') AND n.superseded_at IS NULL
ON CONFLICT (fund_id) DO NOTHING
