-- Portfolio companies (seed 003's Companies table): the reference data a publisher keeps for each
-- company its funds report on. Company-metrics records name a company by its code
-- (companyId in the record, company_id in seed 003); the reporting computed from them joins here.
-- version counts updates: the API's ETag, checked by If-Match so a stale edit is refused (412).
CREATE TABLE company (
    id                    BIGSERIAL PRIMARY KEY,
    public_id             UUID NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    publisher_id          BIGINT NOT NULL REFERENCES publisher (id),
    code                  TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 100),
    name                  TEXT NOT NULL,
    fund_id               BIGINT NOT NULL REFERENCES fund (id),
    reporting_status      TEXT NOT NULL CHECK (reporting_status IN ('active', 'exited', 'written_off', 'inactive')),
    reporting_currency    currency_code NOT NULL,
    -- ISO 3166-1 alpha-2
    location_country      CHAR(2) CHECK (location_country ~ '^[A-Z]{2}$'),
    customer_type         TEXT CHECK (customer_type IN ('B2B', 'B2C', 'B2B2C', 'B2G')),
    revenue_type          TEXT CHECK (revenue_type IN ('recurring', 'transactional', 'mixed')),
    sector                TEXT,
    stage                 TEXT,
    -- In the reporting currency, exact; seed 003's sample gives millions, the hub stores units.
    equity_raised         money_amount CHECK (equity_raised >= 0),
    post_money_valuation  money_amount CHECK (post_money_valuation >= 0),
    year_end_date         DATE,
    version               INT NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by            TEXT NOT NULL,
    last_updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_updated_by       TEXT NOT NULL,
    UNIQUE (publisher_id, code)
);
CREATE INDEX company_fund_idx ON company (fund_id);
