-- LP deliveries on every channel (docs/architecture.md, "Delivery"): a subscription has one or
-- more channels; a delivery is one record to one channel. Deliveries of one channel and fund form
-- a stream delivered in the order queued. Replay and age limits need to know when a delivery
-- was last replayed; the LP pull API pages records in commit order (feed_seq).

CREATE TABLE delivery_channel (
    id               BIGSERIAL PRIMARY KEY,
    public_id        UUID NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    subscription_id  BIGINT NOT NULL REFERENCES subscription (id),
    kind             TEXT NOT NULL CHECK (kind IN ('webhook', 'kafka', 'sftp', 'folder')),
    -- Where and how (docs/api.md, "Subscriptions"): url; brokers, topic; host, port, username,
    -- directory, format, knownHosts; directory, format.
    settings         JSONB NOT NULL,
    -- The webhook signing secret, the SFTP password or private key: never listed after creation.
    secret           TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX delivery_channel_subscription_idx ON delivery_channel (subscription_id);

INSERT INTO delivery_channel (subscription_id, kind, settings, secret)
SELECT id, 'webhook', jsonb_build_object('url', webhook_url), signing_secret
  FROM subscription
 ORDER BY id;

ALTER TABLE subscription DROP COLUMN webhook_url, DROP COLUMN signing_secret;

ALTER TABLE delivery ADD COLUMN channel_id BIGINT REFERENCES delivery_channel (id),
                     ADD COLUMN fund_id BIGINT REFERENCES fund (id),
                     -- Attempts made before the last replay; a replay starts a fresh allowance.
                     ADD COLUMN replayed_attempts INT NOT NULL DEFAULT 0,
                     ADD COLUMN replayed_at TIMESTAMPTZ;
UPDATE delivery d
   SET channel_id = c.id, fund_id = n.fund_id
  FROM delivery_channel c, notice n
 WHERE c.subscription_id = d.subscription_id AND n.id = d.notice_id;
ALTER TABLE delivery ALTER COLUMN channel_id SET NOT NULL,
                     ALTER COLUMN fund_id SET NOT NULL,
                     DROP CONSTRAINT delivery_notice_id_subscription_id_key,
                     ADD UNIQUE (notice_id, channel_id);
-- The head of each stream, and a stream's pending deliveries in order.
CREATE INDEX delivery_stream_idx ON delivery (channel_id, fund_id, id) WHERE status = 'pending';
CREATE INDEX delivery_subscription_idx ON delivery (subscription_id, created_at);

-- Commit order of stored records: set last in the storing transaction from a one-row counter,
-- whose row lock is held until commit, so a smaller feed_seq is never committed after a larger
-- one has been read (ids from a sequence do not promise that).
CREATE TABLE feed_clock (
    only_row  BOOLEAN PRIMARY KEY DEFAULT true CHECK (only_row),
    seq       BIGINT NOT NULL
);
ALTER TABLE notice ADD COLUMN feed_seq BIGINT;
UPDATE notice SET feed_seq = id;
INSERT INTO feed_clock (seq) SELECT COALESCE(max(id), 0) FROM notice;
CREATE UNIQUE INDEX notice_feed_idx ON notice (feed_seq);
