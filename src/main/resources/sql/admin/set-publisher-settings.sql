-- A publisher's settings (how its investors are registered), with an audit event. No row: no
-- such publisher.
WITH changed AS (
    UPDATE publisher SET investor_policy = :#investorPolicy WHERE code = :#code
    RETURNING code, investor_policy
), audited AS (
    INSERT INTO audit_event (stage, actor, detail)
    SELECT 'publisher_settings', :#${exchangeProperty.actor},
           jsonb_build_object('publisher', code, 'investors', investor_policy)
      FROM changed
)
SELECT json_build_object('code', code, 'investors', investor_policy)::text AS document
  FROM changed
