-- Stores fetched or imported rates: a rate the hub holds already (same pair, date and value) adds
-- nothing; a new one is version 1; a changed one (the source corrected it) the next version. A hub
-- storing the same rates at the same moment adds nothing either (the conflict is the same row).
WITH given AS (
    SELECT DISTINCT ON (r.base, r.quote, r.date) r.date, r.base, r.quote, CAST(r.rate AS numeric) AS rate
      FROM jsonb_to_recordset(CAST(:#rates AS jsonb)) AS r(date date, base text, quote text, rate text)
     ORDER BY r.base, r.quote, r.date
), changed AS (
    SELECT g.*, coalesce(current.version, 0) + 1 AS version
      FROM given g
      LEFT JOIN LATERAL (
          SELECT f.rate, f.version FROM fx_rate f
           WHERE f.base = g.base AND f.quote = g.quote AND f.rate_date = g.date
           ORDER BY f.version DESC LIMIT 1) current ON true
     WHERE current.rate IS DISTINCT FROM g.rate
)
INSERT INTO fx_rate (rate_date, base, quote, rate, version, source)
SELECT date, base, quote, rate, version, :#source FROM changed
ON CONFLICT (base, quote, rate_date, version) DO NOTHING
