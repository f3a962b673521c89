-- Each line of a capital call or distribution against its investor's position in the fund, built
-- from the publisher's earlier records (current versions dated up to this one, other references):
-- the investor's latest earlier call (its stated commitment and unfunded commitment) and the
-- recallable amounts distributed since; a capital account statement's contributions and
-- distributions against the calls and distributions stored for its period. One row per finding, with the stated and expected figures
-- (the hub words them); the first call the hub sees of an investor is its starting position. Also
-- the fund's currency and the publisher's choice between warning and rejecting.
WITH fund AS (
    SELECT f.currency, f.multi_currency, p.position_checks
      FROM fund f JOIN publisher p ON p.id = f.publisher_id
     WHERE f.id = CAST(:#${header.fundId} AS bigint)
), lines AS (
    SELECT source_row, investor_code, commitment, amount, unfunded_after
      FROM staged_allocation WHERE submission_id = :#submissionId AND record_no = :#recordNo
), positions AS (
    -- Per line (each investor appears once in a record), not over the fund's history: the
    -- investor's latest earlier call, found by walking the fund's current calls newest first
    -- (notice_position_idx) and probing each for the investor's allocation; a call goes to most of a
    -- fund's LPs, so the walk stops at the first or second. Its cost does not grow with the fund (it
    -- did: the whole history joined per notice took most of PostgreSQL's time at 40 notices/s).
    -- Lateral per line, not CTEs joined to each other: the planner does not know how many lines
    -- are staged, and would join two CTEs of a big record in a nested loop.
    SELECT l.*, c.commitment AS earlier_commitment, c.unfunded_after AS earlier_unfunded,
           c.notice_reference AS earlier_reference, c.notice_date AS earlier_date,
           COALESCE(r.recallable, 0) AS recallable,
           c.unfunded_after + COALESCE(r.recallable, 0) - l.amount AS expected_unfunded
      FROM lines l
      LEFT JOIN investor i ON i.publisher_id = :#publisherId AND i.code = l.investor_code
      LEFT JOIN LATERAL (
           SELECT a.commitment, a.unfunded_after, n.notice_date, n.notice_reference
             FROM notice n
             JOIN capital_call_allocation a ON a.notice_id = n.id AND a.investor_id = i.id
            WHERE n.fund_id = CAST(:#${header.fundId} AS bigint) AND n.record_type = 'capital_call'
              AND n.superseded_at IS NULL AND n.publisher_id = :#publisherId
              AND n.notice_reference <> CAST(:#reference AS text) AND n.notice_date <= CAST(:#recordDate AS date)
            ORDER BY n.notice_date DESC, n.id DESC
            LIMIT 1) c ON true
      -- the recallable amounts distributed to the investor since that call
      LEFT JOIN LATERAL (
           SELECT sum(d.recallable) AS recallable
             FROM notice n
             JOIN distribution_allocation d ON d.notice_id = n.id AND d.investor_id = i.id
            WHERE n.fund_id = CAST(:#${header.fundId} AS bigint) AND n.record_type = 'distribution'
              AND n.superseded_at IS NULL AND n.publisher_id = :#publisherId
              AND n.notice_reference <> CAST(:#reference AS text)
              AND n.notice_date BETWEEN c.notice_date AND CAST(:#recordDate AS date)) r ON true
), period_notices AS (
    SELECT n.id, n.record_type
      FROM notice n
     WHERE CAST(:#recordType AS text) = 'capital_account_statement'
       AND n.fund_id = CAST(:#${header.fundId} AS bigint) AND n.record_type IN ('capital_call', 'distribution')
       AND n.superseded_at IS NULL AND n.publisher_id = :#publisherId
       AND n.notice_reference <> CAST(:#reference AS text)
       AND n.notice_date BETWEEN CAST(:#periodStart AS date) AND CAST(:#recordDate AS date)
), period_flows AS (
    -- A capital account statement's period: what the calls and distributions stored for it moved.
    SELECT i.code, 'contributions' AS flow, a.amount
      FROM period_notices e
      JOIN capital_call_allocation a ON a.notice_id = e.id
      JOIN investor i ON i.id = a.investor_id
     WHERE e.record_type = 'capital_call'
    UNION ALL
    SELECT i.code, 'distributions', d.amount
      FROM period_notices e
      JOIN distribution_allocation d ON d.notice_id = e.id
      JOIN investor i ON i.id = d.investor_id
     WHERE e.record_type = 'distribution'
), statement_lines AS (
    SELECT l.source_row, l.line_key AS investor_code, f.flow, CAST(l.content ->> f.flow AS numeric) AS stated
      FROM staged_line l CROSS JOIN (VALUES ('contributions'), ('distributions')) f (flow)
     WHERE l.submission_id = :#submissionId AND l.record_no = :#recordNo AND CAST(:#recordType AS text) = 'capital_account_statement'
       AND l.content ->> f.flow IS NOT NULL
), findings AS (
    SELECT source_row, investor_code, 'commitment_differs' AS finding, commitment AS stated,
           earlier_commitment AS expected, earlier_reference, earlier_date
      FROM positions
     WHERE CAST(:#recordType AS text) = 'capital_call' AND commitment <> earlier_commitment
    UNION ALL
    SELECT source_row, investor_code,
           CASE WHEN expected_unfunded < 0 THEN 'past_commitment' ELSE 'unfunded_differs' END,
           CASE WHEN expected_unfunded < 0 THEN amount ELSE unfunded_after END,
           CASE WHEN expected_unfunded < 0 THEN earlier_unfunded + recallable ELSE expected_unfunded END,
           earlier_reference, earlier_date
      FROM positions
     WHERE CAST(:#recordType AS text) = 'capital_call'
       AND (expected_unfunded < 0 OR unfunded_after <> expected_unfunded)
    UNION ALL
    -- Only for a flow the hub holds notices of in the period: before them, the history is the GP's.
    SELECT l.source_row, l.investor_code, 'period_' || l.flow, l.stated, COALESCE(sum(p.amount), 0), NULL, NULL
      FROM statement_lines l
      LEFT JOIN period_flows p ON p.code = l.investor_code AND p.flow = l.flow
     WHERE EXISTS (SELECT 1 FROM period_flows held WHERE held.flow = l.flow)
     GROUP BY l.source_row, l.investor_code, l.flow, l.stated
    HAVING l.stated <> COALESCE(sum(p.amount), 0)
    UNION ALL
    -- Only where the hub holds calls of this fund: before the first, the history is the GP's alone.
    SELECT source_row, investor_code, 'distribution_before_call', amount, NULL, NULL, NULL
      FROM positions
     WHERE CAST(:#recordType AS text) = 'distribution' AND earlier_reference IS NULL
       AND EXISTS (SELECT 1 FROM notice n
                    WHERE n.fund_id = CAST(:#${header.fundId} AS bigint) AND n.record_type = 'capital_call'
                      AND n.superseded_at IS NULL AND n.publisher_id = :#publisherId
                      AND n.notice_reference <> CAST(:#reference AS text)
                      AND n.notice_date <= CAST(:#recordDate AS date))
)
SELECT f.source_row, f.investor_code, f.finding, f.stated, f.expected, f.earlier_reference, f.earlier_date,
       fund.currency AS fund_currency, fund.multi_currency, fund.position_checks
  FROM fund LEFT JOIN (SELECT * FROM findings ORDER BY source_row, finding LIMIT 1000) f ON true
