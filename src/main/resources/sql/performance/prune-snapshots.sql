-- A fund's snapshots that its recalculation no longer gives: an investor gone from its records,
-- an as-of date that is neither a quarter end since its first cash flow nor today. Both lists are
-- JSON arrays (investors: '' for the fund, and each investor's code).
DELETE FROM performance_snapshot s
 WHERE s.fund_id = :#fundId
   AND (s.investor_code NOT IN (SELECT json_array_elements_text(CAST(:#investors AS json)))
        OR s.as_of NOT IN (SELECT CAST(json_array_elements_text(CAST(:#dates AS json)) AS date)))
