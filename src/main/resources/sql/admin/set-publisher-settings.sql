-- A publisher's settings (how its investors are registered, whether the checks across records warn
-- or reject), each left as it is when not given, with an audit event. No row: no such publisher.
WITH changed AS (
    UPDATE publisher
       SET investor_policy = COALESCE(CAST(:#investorPolicy AS text), investor_policy),
           position_checks = COALESCE(CAST(:#positionChecks AS text), position_checks)
     WHERE code = :#code
    RETURNING code, investor_policy, position_checks
), audited AS (
    INSERT INTO audit_event (stage, actor, detail)
    SELECT 'publisher_settings', :#${exchangeProperty.actor},
           jsonb_build_object('publisher', code, 'investors', investor_policy, 'positionChecks', position_checks)
      FROM changed
)
SELECT json_build_object('code', code, 'investors', investor_policy, 'positionChecks', position_checks)::text AS document
  FROM changed
