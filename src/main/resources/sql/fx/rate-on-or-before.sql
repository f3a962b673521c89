-- The current version of the last rate of a pair published on or before a date.
SELECT id, rate_date, rate, version, source
  FROM fx_rate
 WHERE base = :#base AND quote = :#quote AND rate_date <= CAST(:#date AS date)
 ORDER BY rate_date DESC, version DESC
 LIMIT 1
