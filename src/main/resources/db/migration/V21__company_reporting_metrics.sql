-- Seed 003's Quarterly Reporting Metrics: the derived metrics of each company quarter in each
-- currency view, computed from that view's financials (QuarterMetrics; the rules in
-- docs/metrics.md) and removed with them. Written only by the recalculation, never by a request.
CREATE TABLE company_reporting_metrics (
    financials_id      BIGINT PRIMARY KEY REFERENCES company_financials (id) ON DELETE CASCADE,
    -- Every metric by name: exact decimal text, or null when it cannot be computed ...
    metrics            JSONB NOT NULL,
    -- ... and then the reason, by the same name.
    not_available      JSONB NOT NULL,
    -- What it was computed from: the records (and their versions) of the quarters its windows
    -- read (the quarter, the one before, a year earlier, the LTM quarters), the published FX rows,
    -- the version of the company's reference data (null when the company is not registered).
    source_notice_ids  BIGINT[] NOT NULL,
    source_versions    INT[] NOT NULL,
    fx_rate_ids        BIGINT[] NOT NULL DEFAULT '{}',
    company_version    INT,
    computed_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (cardinality(source_notice_ids) = cardinality(source_versions))
);
