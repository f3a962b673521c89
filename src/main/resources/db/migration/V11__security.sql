-- Security: the clients that may call the hub, their secrets (hashes only), the key that signs the
-- embedded authorization server's tokens, and one audit row per authenticated call.

CREATE TABLE api_client (
    id             BIGSERIAL PRIMARY KEY,
    client_id      TEXT NOT NULL UNIQUE CHECK (client_id ~ '^[A-Za-z0-9][A-Za-z0-9._~-]{1,127}$'),
    role           TEXT NOT NULL CHECK (role IN ('admin', 'viewer', 'publisher', 'subscriber')),
    publisher_id   BIGINT REFERENCES publisher (id),
    subscriber_id  BIGINT REFERENCES subscriber (id),
    name           TEXT,
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked')),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- A publisher client acts for exactly one publisher, a subscriber client for one subscriber.
    CHECK ((role = 'publisher') = (publisher_id IS NOT NULL)),
    CHECK ((role = 'subscriber') = (subscriber_id IS NOT NULL))
);

-- A client may have two live secrets during a rotation: the new one, and the old one until it expires.
CREATE TABLE api_client_secret (
    id           BIGSERIAL PRIMARY KEY,
    client_id    BIGINT NOT NULL REFERENCES api_client (id),
    secret_hash  TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ
);
CREATE INDEX api_client_secret_client_idx ON api_client_secret (client_id);

-- The RSA key the embedded authorization server signs with, shared by every hub instance on this
-- database; the private key is sealed with PMDC_SECRETS_KEY (AES-GCM).
CREATE TABLE signing_key (
    key_id       TEXT PRIMARY KEY,
    private_key  TEXT NOT NULL,
    public_key   TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Every authenticated call: who (client, role, participant), what (operation, method, path),
-- the outcome (HTTP status) and the request id the caller saw.
CREATE TABLE access_event (
    id            BIGSERIAL PRIMARY KEY,
    occurred_at   TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    actor         TEXT NOT NULL,
    role          TEXT,
    participant   TEXT,
    action        TEXT NOT NULL,
    method        TEXT NOT NULL,
    target        TEXT NOT NULL,
    outcome       INT NOT NULL,
    request_id    TEXT NOT NULL,
    duration_ms   INT NOT NULL
);
CREATE INDEX access_event_time_idx ON access_event (occurred_at);
CREATE INDEX access_event_actor_idx ON access_event (actor, occurred_at);
