-- How a fetch or import ended (the health reads the last success); answered as the import's body.
INSERT INTO fx_fetch (source, scheduled_for, outcome, rates_read, rates_stored, latest_date, error)
VALUES (:#source, CAST(:#scheduledFor AS timestamptz), :#outcome, CAST(:#ratesRead AS integer), CAST(:#ratesStored AS integer),
        CAST(:#latestDate AS date), CAST(:#error AS text))
RETURNING json_build_object('source', source, 'outcome', outcome, 'ratesRead', rates_read,
    'ratesStored', rates_stored, 'latestDate', latest_date, 'finishedAt', finished_at)::text AS outcome
