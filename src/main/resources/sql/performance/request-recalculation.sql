-- In the transaction that stores a record: its fund's performance is computed again when the
-- record is one performance reads (a call, a distribution, a capital account statement, a
-- schedule of investments). Due a settling time later (PMDC_PERFORMANCE_SETTLE_MS), and a request
-- already waiting keeps its time, so a burst of records is computed once; while the fund is being
-- computed, a request moves its time to a settling time after the latest record, for one more run.
INSERT INTO performance_recalculation (fund_id, reason, not_before)
SELECT n.fund_id, n.record_type || ' stored (record ' || n.public_id || ' v' || n.version || ')',
       now() + CAST(:#${properties:pmdc.reporting.performance-settle-ms} AS int) * interval '1 millisecond'
  FROM notice n
 WHERE n.id = :#${header.noticeId}
   AND n.record_type IN ('capital_call', 'distribution', 'capital_account_statement', 'schedule_of_investments')
ON CONFLICT (fund_id) DO UPDATE
   SET reason = EXCLUDED.reason, requested_at = now(), attempts = 0, last_error = NULL,
       not_before = CASE WHEN performance_recalculation.claimed_until > now() THEN EXCLUDED.not_before
                         ELSE least(performance_recalculation.not_before, EXCLUDED.not_before) END
