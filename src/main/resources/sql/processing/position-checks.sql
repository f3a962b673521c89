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
), earlier AS (
    SELECT n.id, n.record_type, n.notice_date, n.notice_reference
      FROM notice n
     WHERE n.publisher_id = :#publisherId AND n.fund_id = CAST(:#${header.fundId} AS bigint)
       AND n.superseded_at IS NULL AND n.notice_reference <> CAST(:#reference AS text)
       AND n.notice_date <= CAST(:#recordDate AS date)
), last_call AS (
    SELECT DISTINCT ON (i.code) i.code, a.commitment, a.unfunded_after, e.notice_date, e.notice_reference
      FROM earlier e
      JOIN capital_call_allocation a ON a.notice_id = e.id
      JOIN investor i ON i.id = a.investor_id
     WHERE e.record_type = 'capital_call'
     ORDER BY i.code, e.notice_date DESC, e.id DESC
), recalled AS (
    SELECT i.code, sum(d.recallable) AS recallable
      FROM earlier e
      JOIN distribution_allocation d ON d.notice_id = e.id
      JOIN investor i ON i.id = d.investor_id
      JOIN last_call c ON c.code = i.code AND e.notice_date >= c.notice_date
     WHERE e.record_type = 'distribution'
     GROUP BY i.code
), positions AS (
    SELECT l.*, c.commitment AS earlier_commitment, c.unfunded_after AS earlier_unfunded,
           c.notice_reference AS earlier_reference, c.notice_date AS earlier_date,
           COALESCE(r.recallable, 0) AS recallable,
           c.unfunded_after + COALESCE(r.recallable, 0) - l.amount AS expected_unfunded
      FROM lines l
      LEFT JOIN last_call c ON c.code = l.investor_code
      LEFT JOIN recalled r ON r.code = l.investor_code
), period_flows AS (
    -- A capital account statement's period: what the calls and distributions stored for it moved.
    SELECT i.code, 'contributions' AS flow, a.amount
      FROM earlier e
      JOIN capital_call_allocation a ON a.notice_id = e.id
      JOIN investor i ON i.id = a.investor_id
     WHERE e.record_type = 'capital_call' AND e.notice_date >= CAST(:#periodStart AS date)
    UNION ALL
    SELECT i.code, 'distributions', d.amount
      FROM earlier e
      JOIN distribution_allocation d ON d.notice_id = e.id
      JOIN investor i ON i.id = d.investor_id
     WHERE e.record_type = 'distribution' AND e.notice_date >= CAST(:#periodStart AS date)
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
       AND EXISTS (SELECT 1 FROM earlier WHERE record_type = 'capital_call')
)
SELECT f.source_row, f.investor_code, f.finding, f.stated, f.expected, f.earlier_reference, f.earlier_date,
       fund.currency AS fund_currency, fund.multi_currency, fund.position_checks
  FROM fund LEFT JOIN (SELECT * FROM findings ORDER BY source_row, finding LIMIT 1000) f ON true
