-- Seed 003's Quarterly Reporting Financials: every company quarter the hub holds metrics for, in
-- the company's own currency ('local') and converted into USD and CAD, each row naming what it
-- was computed from (the record and its version, the published FX rows). Written only by the
-- recalculation (sql/reporting/), never by a request.
CREATE TABLE company_financials (
    id                       BIGSERIAL PRIMARY KEY,
    publisher_id             BIGINT NOT NULL REFERENCES publisher (id),
    fund_id                  BIGINT NOT NULL REFERENCES fund (id),
    company_code             TEXT NOT NULL,
    period_end               DATE NOT NULL,
    fiscal_year              INT,
    fiscal_quarter           INT,
    view                     TEXT NOT NULL CHECK (view IN ('local', 'USD', 'CAD')),
    local_currency           currency_code NOT NULL,
    -- The currency of the amounts below: the local one, or the view's.
    currency                 currency_code NOT NULL,
    -- Units of currency per unit of local currency; NULL (with the reason) when the hub has no rate.
    exchange_rate_used       NUMERIC,
    rate_date                DATE,
    not_available_reason     TEXT,
    total_revenue            NUMERIC,
    recurring_revenue        NUMERIC,
    gross_profit             NUMERIC,
    debt_outstanding         NUMERIC,
    sales_marketing_expense  NUMERIC,
    total_operating_expense  NUMERIC,
    ebitda                   NUMERIC,
    net_income               NUMERIC,
    cash_burn                NUMERIC,
    cash_balance             NUMERIC,
    source_notice_id         BIGINT NOT NULL REFERENCES notice (id),
    source_version           INT NOT NULL,
    fx_rate_ids              BIGINT[] NOT NULL DEFAULT '{}',
    computed_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (publisher_id, fund_id, company_code, period_end, view),
    CHECK ((exchange_rate_used IS NULL) = (not_available_reason IS NOT NULL))
);

-- The companies whose reporting must be computed again: asked for in the transaction that
-- changed an input (a company-metrics record stored or amended, rates stored, the company's
-- data, the nightly safety net), taken by one hub at a time (SKIP LOCKED) and removed in the
-- transaction that writes the result, so a crash leaves the request for the next try.
CREATE TABLE company_recalculation (
    publisher_id  BIGINT NOT NULL REFERENCES publisher (id),
    company_code  TEXT NOT NULL,
    reason        TEXT NOT NULL,
    requested_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    not_before    TIMESTAMPTZ NOT NULL DEFAULT now(),
    attempts      INT NOT NULL DEFAULT 0,
    last_error    TEXT,
    PRIMARY KEY (publisher_id, company_code)
);
CREATE INDEX company_recalculation_due_idx ON company_recalculation (not_before);
