-- LP confidentiality (docs/security.md, "What a subscriber sees"): a subscription names the
-- investors it represents, and of a capital call, distribution or capital account statement it
-- receives only their lines. Who sees what is decided in one place, R__entitlement.sql.

-- all: every investor's lines (a GP's warehouse, its auditor, a fund administrator); listed: the
-- investors in subscription_investor (possibly none); unset: not said yet. Every subscription
-- that exists when this runs is 'unset' — it receives no investor's lines until an admin sets
-- its investors (PUT /api/v1/subscriptions/{id}/investors); the hub warns at start-up and lists
-- them in its health (docs/operations.md, "Upgrading to per-investor entitlement"). A new
-- subscription must say (no default).
ALTER TABLE subscription
    ADD COLUMN investor_scope TEXT NOT NULL DEFAULT 'unset' CHECK (investor_scope IN ('all', 'listed', 'unset'));
ALTER TABLE subscription ALTER COLUMN investor_scope DROP DEFAULT;

-- The publisher's investor codes a listed subscription represents. Not a foreign key to investor:
-- a code may be named before the investor's first notice arrives.
CREATE TABLE subscription_investor (
    subscription_id  BIGINT NOT NULL REFERENCES subscription (id),
    investor_code    TEXT NOT NULL CHECK (investor_code <> ''),
    PRIMARY KEY (subscription_id, investor_code)
);

-- What a delivery carries, fixed when it is queued, so every attempt and every replay sends the
-- same body under the same id: investor_codes NULL = every line, otherwise the lines of these
-- investors. replaces_id: the earlier version of the record this channel was sent, which this
-- delivery replaces (NULL: the first version this channel receives).
ALTER TABLE delivery ADD COLUMN investor_codes TEXT[],
                     ADD COLUMN replaces_id BIGINT REFERENCES notice (id);

-- Deliveries queued before this migration carried every investor's lines. None may do so again:
-- a replay of one sends the record's header and totals without lines. Those not yet delivered
-- are withheld (dead, with the reason), for an operator to look at once the investors are set.
UPDATE delivery d
   SET investor_codes = '{}'
  FROM notice n
 WHERE n.id = d.notice_id AND n.record_type IN ('capital_call', 'distribution', 'capital_account_statement');
UPDATE delivery d
   SET status = 'dead',
       last_error = 'withheld by the upgrade to per-investor entitlement: queued before its subscription named '
                    || 'the investors it represents'
  FROM notice n
 WHERE n.id = d.notice_id AND d.status = 'pending'
   AND n.record_type IN ('capital_call', 'distribution', 'capital_account_statement');
-- Earlier versions already sent on a channel: amendments replace them.
UPDATE delivery d
   SET replaces_id = (SELECT v.id
                        FROM notice v
                        JOIN delivery e ON e.notice_id = v.id AND e.channel_id = d.channel_id
                       WHERE v.publisher_id = n.publisher_id AND v.fund_id = n.fund_id
                         AND v.record_type = n.record_type AND v.notice_reference = n.notice_reference
                         AND v.version < n.version
                       ORDER BY v.version DESC
                       LIMIT 1)
  FROM notice n
 WHERE n.id = d.notice_id AND n.version > 1;
