-- Fund and LP performance (seed 004; performance/Performance): a snapshot per fund, investor and
-- as-of date — each quarter end since the fund's first cash flow, and today — with the records it
-- was computed from. Written by the recalculation of the fund in one transaction.
CREATE TABLE performance_snapshot (
    id                  BIGSERIAL PRIMARY KEY,
    publisher_id        BIGINT NOT NULL REFERENCES publisher (id),
    fund_id             BIGINT NOT NULL REFERENCES fund (id),
    -- The investor's code; '' for the whole fund (a record's investor code is never blank).
    investor_code       TEXT NOT NULL,
    as_of               DATE NOT NULL,
    currency            currency_code NOT NULL,
    -- Every figure by name, exact decimal text or null ...
    figures             JSONB NOT NULL,
    -- ... and the reason of each null one.
    not_available       JSONB NOT NULL,
    -- The statement the NAV was rolled forward from; the IRR's roots when there are several.
    nav_statement_date  DATE,
    irr_roots           JSONB NOT NULL DEFAULT '[]',
    -- The fund's: the schedule of investments read, and each company's cost, value and multiple.
    schedule_date       DATE,
    companies           JSONB NOT NULL DEFAULT '[]',
    -- The fund's portfolio aggregations (seed 004's PortfolioAggregations); NULL for an investor.
    analytics           JSONB,
    source_notice_ids   BIGINT[] NOT NULL,
    source_versions     INT[] NOT NULL,
    computed_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (fund_id, investor_code, as_of),
    CHECK (cardinality(source_notice_ids) = cardinality(source_versions))
);

-- The funds whose performance must be computed again: asked for in the transaction that stored a
-- record it reads, and every night; taken by one hub at a time (SKIP LOCKED), postponed on failure.
CREATE TABLE performance_recalculation (
    fund_id       BIGINT PRIMARY KEY REFERENCES fund (id),
    reason        TEXT NOT NULL,
    requested_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    not_before    TIMESTAMPTZ NOT NULL DEFAULT now(),
    attempts      INT NOT NULL DEFAULT 0,
    last_error    TEXT
);
CREATE INDEX performance_recalculation_due_idx ON performance_recalculation (not_before);
