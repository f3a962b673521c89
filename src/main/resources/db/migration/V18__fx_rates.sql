-- Reference exchange rates (docs/metrics.md, "Exchange rates"). One row per version of a
-- published rate: a re-fetch of the same rate adds nothing, a corrected rate for a past date is
-- the next version, never an overwrite, so a figure computed from the earlier one can still say
-- which rate it used.
CREATE TABLE fx_rate (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rate_date   DATE        NOT NULL,
    base        CHAR(3)     NOT NULL CHECK (base ~ '^[A-Z]{3}$'),
    quote       CHAR(3)     NOT NULL CHECK (quote ~ '^[A-Z]{3}$' AND quote <> base),
    -- Units of quote per one unit of base, exactly as the source published it.
    rate        NUMERIC     NOT NULL CHECK (rate > 0),
    version     INTEGER     NOT NULL CHECK (version > 0),
    source      TEXT        NOT NULL,
    fetched_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (base, quote, rate_date, version)
);

-- The current rates: the last version of each (base, quote, date).
CREATE VIEW fx_rate_current AS
SELECT DISTINCT ON (base, quote, rate_date) *
  FROM fx_rate
 ORDER BY base, quote, rate_date, version DESC;

-- Every fetch or import and how it ended, for the health (stale when the last success is old).
CREATE TABLE fx_fetch (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source        TEXT        NOT NULL,
    -- The schedule's fire time that started a fetch (null for an import): one fetch per fire, on
    -- whichever hub of the cluster took it.
    scheduled_for TIMESTAMPTZ,
    outcome       TEXT        NOT NULL CHECK (outcome IN ('succeeded', 'failed')),
    rates_read    INTEGER,
    rates_stored  INTEGER,
    latest_date   DATE,
    error         TEXT,
    finished_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX fx_fetch_by_outcome ON fx_fetch (outcome, finished_at DESC);
