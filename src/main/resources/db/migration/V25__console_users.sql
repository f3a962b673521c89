-- The people who sign in to the console, apart from the API's clients. A user has the roles of
-- the API (a publisher user acts for one publisher, a subscriber user for one subscriber) and a
-- password hash (Argon2id, in Spring Security's {id}hash form); the hub never keeps a password.
CREATE TABLE console_user (
    id                    BIGSERIAL PRIMARY KEY,
    username              TEXT NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._@-]{1,99}$'),
    display_name          TEXT NOT NULL,
    role                  TEXT NOT NULL CHECK (role IN ('admin', 'viewer', 'publisher', 'subscriber')),
    publisher_id          BIGINT REFERENCES publisher (id),
    subscriber_id         BIGINT REFERENCES subscriber (id),
    password_hash         TEXT NOT NULL,
    -- A first password set by an administrator is known to two people: it must be changed at sign-in.
    must_change_password  BOOLEAN NOT NULL DEFAULT true,
    -- Failed sign-ins in a row; reaching the limit locks the user until locked_until.
    failed_sign_ins       INT NOT NULL DEFAULT 0,
    locked_until          TIMESTAMPTZ,
    status                TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    created_by            TEXT NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_sign_in_at       TIMESTAMPTZ,
    CHECK ((role = 'publisher') = (publisher_id IS NOT NULL)),
    CHECK ((role = 'subscriber') = (subscriber_id IS NOT NULL))
);
