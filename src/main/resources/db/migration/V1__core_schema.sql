-- Core schema of the PMDC Exchange Hub.
-- Participants, funds and subscriptions; the durable intake (submissions); the canonical
-- capital-call and distribution notices with their per-investor allocations; the delivery
-- outbox; and the audit trail. Amounts are NUMERIC (never floating point), currencies ISO 4217
-- codes, dates ISO 8601 DATE / TIMESTAMPTZ.

CREATE DOMAIN currency_code AS CHAR(3) CHECK (VALUE ~ '^[A-Z]{3}$');
-- Up to 4 decimals covers every ISO 4217 minor unit (CLF has 4); the validator enforces the
-- currency's own minor units before anything is written.
CREATE DOMAIN money_amount AS NUMERIC(22, 4);
CREATE DOMAIN participant_status AS TEXT CHECK (VALUE IN ('pending', 'active', 'suspended'));
CREATE DOMAIN record_type AS TEXT CHECK (VALUE IN ('capital_call', 'distribution'));

-- ---------------------------------------------------------------------------------------------
-- Participants
-- ---------------------------------------------------------------------------------------------
CREATE TABLE publisher (
    id          BIGSERIAL PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9_-]{1,62}$'),
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'gp' CHECK (kind IN ('gp', 'gp_agent')),
    status      participant_status NOT NULL DEFAULT 'active',
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE subscriber (
    id          BIGSERIAL PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9_-]{1,62}$'),
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'lp' CHECK (kind IN ('lp', 'lp_agent')),
    status      participant_status NOT NULL DEFAULT 'active',
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- ---------------------------------------------------------------------------------------------
-- Funds, investors, commitments (reference data of a publisher)
-- ---------------------------------------------------------------------------------------------
CREATE TABLE fund (
    id            BIGSERIAL PRIMARY KEY,
    publisher_id  BIGINT NOT NULL REFERENCES publisher (id),
    code          TEXT NOT NULL,
    name          TEXT NOT NULL,
    currency      currency_code NOT NULL,
    vintage_year  INT CHECK (vintage_year BETWEEN 1900 AND 2200),
    strategy      TEXT,
    geography     TEXT,
    target_size   money_amount CHECK (target_size >= 0),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (publisher_id, code)
);

-- An investor is an LP entity as the publisher identifies it in its notices.
CREATE TABLE investor (
    id            BIGSERIAL PRIMARY KEY,
    publisher_id  BIGINT NOT NULL REFERENCES publisher (id),
    code          TEXT NOT NULL,
    name          TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (publisher_id, code)
);

-- The latest commitment each notice reported for an investor in a fund.
CREATE TABLE commitment (
    fund_id       BIGINT NOT NULL REFERENCES fund (id),
    investor_id   BIGINT NOT NULL REFERENCES investor (id),
    amount        money_amount NOT NULL CHECK (amount >= 0),
    as_of_date    DATE NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (fund_id, investor_id)
);

-- ---------------------------------------------------------------------------------------------
-- Subscriptions: publisher -> subscriber, scoped by funds and record types, one webhook channel
-- ---------------------------------------------------------------------------------------------
CREATE TABLE subscription (
    id              BIGSERIAL PRIMARY KEY,
    publisher_id    BIGINT NOT NULL REFERENCES publisher (id),
    subscriber_id   BIGINT NOT NULL REFERENCES subscriber (id),
    -- Empty array = every fund / every record type of the publisher.
    fund_codes      TEXT[] NOT NULL DEFAULT '{}',
    record_types    TEXT[] NOT NULL DEFAULT '{}'
                    CHECK (record_types <@ ARRAY['capital_call', 'distribution']::TEXT[]),
    status          participant_status NOT NULL DEFAULT 'active',
    webhook_url     TEXT NOT NULL CHECK (webhook_url ~ '^https?://'),
    -- Standard Webhooks secret: 'whsec_' + base64 key.
    signing_secret  TEXT NOT NULL CHECK (signing_secret ~ '^whsec_'),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX subscription_publisher_idx ON subscription (publisher_id) WHERE status = 'active';

-- ---------------------------------------------------------------------------------------------
-- Submissions: the raw input, stored before anything is acknowledged
-- ---------------------------------------------------------------------------------------------
CREATE TABLE submission (
    id               BIGSERIAL PRIMARY KEY,
    public_id        UUID NOT NULL UNIQUE,
    publisher_id     BIGINT NOT NULL REFERENCES publisher (id),
    channel          TEXT NOT NULL CHECK (channel IN ('rest', 'folder', 'sftp')),
    content_type     TEXT NOT NULL,
    file_name        TEXT,
    idempotency_key  TEXT,
    sha256           CHAR(64) NOT NULL,
    raw              BYTEA NOT NULL,
    status           TEXT NOT NULL DEFAULT 'received'
                     CHECK (status IN ('received', 'processing', 'stored', 'unchanged', 'rejected')),
    mapping_id       TEXT,
    mapping_version  INT,
    -- The notice this submission stored, or the unchanged current version it matched.
    notice_id        BIGINT,
    row_count        INT,
    error_count      INT NOT NULL DEFAULT 0,
    errors           JSONB NOT NULL DEFAULT '[]',
    attempts         INT NOT NULL DEFAULT 0,
    -- A processing claim expires, so a crashed worker's submission is taken up again.
    claimed_until    TIMESTAMPTZ,
    received_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    completed_at     TIMESTAMPTZ,
    UNIQUE (publisher_id, sha256),
    UNIQUE (publisher_id, idempotency_key)
);
CREATE INDEX submission_unfinished_idx ON submission (received_at) WHERE status IN ('received', 'processing');

-- ---------------------------------------------------------------------------------------------
-- Canonical notices: one row per version of (publisher, fund, notice reference)
-- ---------------------------------------------------------------------------------------------
CREATE TABLE notice (
    id                BIGSERIAL PRIMARY KEY,
    public_id         UUID NOT NULL UNIQUE,
    publisher_id      BIGINT NOT NULL REFERENCES publisher (id),
    fund_id           BIGINT NOT NULL REFERENCES fund (id),
    record_type       record_type NOT NULL,
    notice_reference  TEXT NOT NULL,
    version           INT NOT NULL CHECK (version >= 1),
    notice_date       DATE NOT NULL,
    -- The date money moves: a capital call's due date, a distribution's payment date.
    value_date        DATE,
    currency          currency_code NOT NULL,
    total_amount      money_amount NOT NULL CHECK (total_amount >= 0),
    submission_id     BIGINT NOT NULL REFERENCES submission (id),
    mapping_id        TEXT NOT NULL,
    mapping_version   INT NOT NULL,
    -- sha256 of the canonical content: an unchanged re-post does not make a new version.
    content_sha256    CHAR(64) NOT NULL,
    -- The canonical JSON exactly as hashed and delivered (json keeps the text; jsonb would reorder keys).
    canonical         JSON NOT NULL,
    supersedes_id     BIGINT REFERENCES notice (id),
    superseded_at     TIMESTAMPTZ,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (publisher_id, fund_id, notice_reference, version),
    CHECK (record_type <> 'capital_call' OR value_date IS NOT NULL),
    CHECK (value_date IS NULL OR value_date >= notice_date),
    CHECK ((version = 1) = (supersedes_id IS NULL))
);
-- At most one current (not superseded) version per notice identity.
CREATE UNIQUE INDEX notice_current_idx ON notice (publisher_id, fund_id, notice_reference)
    WHERE superseded_at IS NULL;

ALTER TABLE submission ADD FOREIGN KEY (notice_id) REFERENCES notice (id);

CREATE TABLE capital_call_allocation (
    id                BIGSERIAL PRIMARY KEY,
    notice_id         BIGINT NOT NULL REFERENCES notice (id),
    investor_id       BIGINT NOT NULL REFERENCES investor (id),
    source_row        INT NOT NULL,
    commitment        money_amount CHECK (commitment >= 0),
    investments       money_amount NOT NULL CHECK (investments >= 0),
    management_fees   money_amount NOT NULL CHECK (management_fees >= 0),
    fund_expenses     money_amount NOT NULL CHECK (fund_expenses >= 0),
    other_amount      money_amount NOT NULL CHECK (other_amount >= 0),
    amount            money_amount NOT NULL CHECK (amount >= 0),
    unfunded_after    money_amount CHECK (unfunded_after >= 0),
    UNIQUE (notice_id, investor_id),
    CHECK (amount = investments + management_fees + fund_expenses + other_amount)
);

CREATE TABLE distribution_allocation (
    id                  BIGSERIAL PRIMARY KEY,
    notice_id           BIGINT NOT NULL REFERENCES notice (id),
    investor_id         BIGINT NOT NULL REFERENCES investor (id),
    source_row          INT NOT NULL,
    return_of_capital   money_amount NOT NULL CHECK (return_of_capital >= 0),
    realized_gain       money_amount NOT NULL CHECK (realized_gain >= 0),
    dividends_interest  money_amount NOT NULL CHECK (dividends_interest >= 0),
    withholding_tax     money_amount NOT NULL CHECK (withholding_tax >= 0),
    recallable          money_amount NOT NULL CHECK (recallable >= 0),
    amount              money_amount NOT NULL CHECK (amount >= 0),
    UNIQUE (notice_id, investor_id),
    CHECK (amount = return_of_capital + realized_gain + dividends_interest - withholding_tax)
);

-- ---------------------------------------------------------------------------------------------
-- Deliveries: the outbox, written in the same transaction as the notice it carries
-- ---------------------------------------------------------------------------------------------
CREATE TABLE delivery (
    id               BIGSERIAL PRIMARY KEY,
    -- Stable id the LP de-duplicates on (the Standard Webhooks 'webhook-id').
    public_id        UUID NOT NULL UNIQUE,
    notice_id        BIGINT NOT NULL REFERENCES notice (id),
    subscription_id  BIGINT NOT NULL REFERENCES subscription (id),
    event_type       TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
    attempts         INT NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_status_code INT,
    last_error       TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    delivered_at     TIMESTAMPTZ,
    UNIQUE (notice_id, subscription_id)
);
CREATE INDEX delivery_due_idx ON delivery (next_attempt_at) WHERE status = 'pending';
CREATE INDEX delivery_dead_idx ON delivery (id) WHERE status = 'dead';

CREATE TABLE delivery_attempt (
    id            BIGSERIAL PRIMARY KEY,
    delivery_id   BIGINT NOT NULL REFERENCES delivery (id),
    attempt       INT NOT NULL,
    attempted_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    status_code   INT,
    error         TEXT,
    duration_ms   INT NOT NULL,
    UNIQUE (delivery_id, attempt)
);

-- ---------------------------------------------------------------------------------------------
-- Audit trail: every step of every transaction
-- ---------------------------------------------------------------------------------------------
CREATE TABLE audit_event (
    id             BIGSERIAL PRIMARY KEY,
    occurred_at    TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    stage          TEXT NOT NULL,
    actor          TEXT NOT NULL,
    submission_id  BIGINT REFERENCES submission (id),
    notice_id      BIGINT REFERENCES notice (id),
    delivery_id    BIGINT REFERENCES delivery (id),
    detail         JSONB NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_submission_idx ON audit_event (submission_id);
CREATE INDEX audit_notice_idx ON audit_event (notice_id);
CREATE INDEX audit_delivery_idx ON audit_event (delivery_id);
