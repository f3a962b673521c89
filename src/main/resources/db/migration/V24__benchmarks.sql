-- Benchmark rows (seed 004's BenchmarkData) an administrator imports: a provider's quartile
-- breakpoints of net IRR and TVPI for a cohort of funds (vintage year, strategy, geography) as of
-- a date. Re-importing a row replaces its figures.
CREATE TABLE benchmark (
    id                   BIGSERIAL PRIMARY KEY,
    provider             TEXT NOT NULL,
    vintage_year         INT NOT NULL CHECK (vintage_year BETWEEN 1900 AND 2200),
    strategy             TEXT NOT NULL,
    geography            TEXT NOT NULL,
    as_of                DATE NOT NULL,
    cohort_size          INT CHECK (cohort_size > 0),
    -- IRRs as fractions a year (0.152 is 15.2 %), TVPIs as multiples; upper >= median >= lower.
    irr_upper_quartile   NUMERIC NOT NULL,
    irr_median           NUMERIC NOT NULL,
    irr_lower_quartile   NUMERIC NOT NULL,
    tvpi_upper_quartile  NUMERIC NOT NULL,
    tvpi_median          NUMERIC NOT NULL,
    tvpi_lower_quartile  NUMERIC NOT NULL,
    imported_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    imported_by          TEXT NOT NULL,
    UNIQUE (provider, vintage_year, strategy, geography, as_of),
    CHECK (irr_upper_quartile >= irr_median AND irr_median >= irr_lower_quartile),
    CHECK (tvpi_upper_quartile >= tvpi_median AND tvpi_median >= tvpi_lower_quartile)
);
