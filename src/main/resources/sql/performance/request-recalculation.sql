-- In the transaction that stores a record: its fund's performance is computed again when the
-- record is one performance reads (a call, a distribution, a capital account statement, a
-- schedule of investments).
INSERT INTO performance_recalculation (fund_id, reason)
SELECT n.fund_id, n.record_type || ' stored (record ' || n.public_id || ' v' || n.version || ')'
  FROM notice n
 WHERE n.id = :#${header.noticeId}
   AND n.record_type IN ('capital_call', 'distribution', 'capital_account_statement', 'schedule_of_investments')
ON CONFLICT (fund_id) DO UPDATE
   SET reason = EXCLUDED.reason, requested_at = now(), not_before = now(), attempts = 0, last_error = NULL
