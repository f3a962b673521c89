-- The last successful and the last failed fetch or import, each with the latest rate date the hub holds.
SELECT outcome, source, finished_at, error, (SELECT max(rate_date) FROM fx_rate) AS latest_rate_date
  FROM (SELECT DISTINCT ON (outcome) * FROM fx_fetch ORDER BY outcome, finished_at DESC, id DESC) last
