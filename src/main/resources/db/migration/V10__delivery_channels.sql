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

-- The LP feed's order: ids from a sequence are taken before commit, so a smaller id can become
-- visible after a larger one was read. feed_seq is given to records once they are committed, by
-- one sequencer at a time (sql/lp/sequence-feed.sql), so a reader that has seen feed_seq N never
-- later finds a new record below N. Storing takes no lock for it.
CREATE SEQUENCE notice_feed_seq;
ALTER TABLE notice ADD COLUMN feed_seq BIGINT;
UPDATE notice SET feed_seq = nextval('notice_feed_seq') WHERE id IN (SELECT id FROM notice ORDER BY id);
CREATE UNIQUE INDEX notice_feed_idx ON notice (feed_seq);
CREATE INDEX notice_unsequenced_idx ON notice (id) WHERE feed_seq IS NULL;
