-- Revenue-share investments (seed 002): per portfolio company, the trades (the terms a cohort month
-- was financed on), the spends (acquisition spend per cohort month), the thresholds (the least a
-- period's payments must be, as a fraction of the spend) and the customers' payments. Each row is
-- keyed as the seed's constraints say (one trade and one spend per company and cohort month, one
-- threshold per period number), a payment by the company's own payment id, so a row sent again
-- replaces the earlier one. Where a row came from: the submission and source row, or the API
-- caller. A cohort month is the first day of its month.
CREATE TABLE cohort_trade (
    id                  BIGSERIAL PRIMARY KEY,
    company_id          BIGINT NOT NULL REFERENCES company (id),
    cohort_month        DATE NOT NULL CHECK (EXTRACT(DAY FROM cohort_month) = 1),
    sharing_percentage  NUMERIC(11, 10) NOT NULL CHECK (sharing_percentage BETWEEN 0 AND 1),
    cash_cap            money_amount NOT NULL CHECK (cash_cap >= 0),
    submission_id       BIGINT REFERENCES submission (id),
    source_row          INT,
    updated_by          TEXT NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (company_id, cohort_month)
);

CREATE TABLE cohort_spend (
    id                  BIGSERIAL PRIMARY KEY,
    company_id          BIGINT NOT NULL REFERENCES company (id),
    cohort_month        DATE NOT NULL CHECK (EXTRACT(DAY FROM cohort_month) = 1),
    spend               money_amount NOT NULL CHECK (spend >= 0),
    submission_id       BIGINT REFERENCES submission (id),
    source_row          INT,
    updated_by          TEXT NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (company_id, cohort_month)
);

CREATE TABLE cohort_threshold (
    id                       BIGSERIAL PRIMARY KEY,
    company_id               BIGINT NOT NULL REFERENCES company (id),
    payment_period_month     INT NOT NULL CHECK (payment_period_month >= 0),
    minimum_payment_percent  NUMERIC(11, 10) NOT NULL CHECK (minimum_payment_percent BETWEEN 0 AND 1),
    submission_id            BIGINT REFERENCES submission (id),
    source_row               INT,
    updated_by               TEXT NOT NULL,
    updated_at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (company_id, payment_period_month)
);

CREATE TABLE cohort_customer (
    id             BIGSERIAL PRIMARY KEY,
    company_id     BIGINT NOT NULL REFERENCES company (id),
    customer_id    TEXT NOT NULL CHECK (length(customer_id) BETWEEN 1 AND 200),
    customer_name  TEXT,
    cohort_month   DATE NOT NULL CHECK (EXTRACT(DAY FROM cohort_month) = 1),
    submission_id  BIGINT REFERENCES submission (id),
    source_row     INT,
    updated_by     TEXT NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (company_id, customer_id)
);

-- Millions of rows: no foreign key to submission (as allocations, V6), the calculation's sums read
-- the index alone (cohort, date, amount).
CREATE TABLE cohort_payment (
    id             BIGSERIAL PRIMARY KEY,
    company_id     BIGINT NOT NULL REFERENCES company (id),
    payment_id     TEXT NOT NULL CHECK (length(payment_id) BETWEEN 1 AND 200),
    customer_id    TEXT NOT NULL CHECK (length(customer_id) BETWEEN 1 AND 200),
    payment_date   DATE NOT NULL,
    cohort_month   DATE NOT NULL CHECK (EXTRACT(DAY FROM cohort_month) = 1),
    amount         money_amount NOT NULL CHECK (amount >= 0),
    submission_id  BIGINT,
    source_row     INT,
    updated_by     TEXT NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (company_id, payment_id),
    CHECK (payment_date >= cohort_month)
);
CREATE INDEX cohort_payment_month_idx ON cohort_payment (company_id, cohort_month, payment_date) INCLUDE (amount);
