-- Gives an active client a new secret; the ones it had keep working for the grace period only.
-- Without grace, the tokens issued before end too (a new token generation). Audited. No row: no
-- such active client.
WITH client AS (
    UPDATE api_client
       SET token_generation = token_generation + CASE WHEN :#graceSeconds = 0 THEN 1 ELSE 0 END
     WHERE client_id = :#${header.clientId} AND status = 'active'
    RETURNING id, client_id
), expiring AS (
    UPDATE api_client_secret cs
       SET expires_at = LEAST(COALESCE(cs.expires_at, 'infinity'), now() + make_interval(secs => :#graceSeconds))
      FROM client
     WHERE cs.client_id = client.id AND (cs.expires_at IS NULL OR cs.expires_at > now())
    RETURNING cs.expires_at
), fresh AS (
    INSERT INTO api_client_secret (client_id, secret_hash) SELECT id, :#secretHash FROM client
), audited AS (
    INSERT INTO audit_event (stage, actor, detail)
    SELECT 'client_secret_rotated', :#${exchangeProperty.actor},
           jsonb_build_object('clientId', client_id, 'previousSecretsExpireAt', (SELECT max(expires_at) FROM expiring))
      FROM client
)
SELECT json_build_object('clientId', client_id, 'clientSecret', CAST(:#secret AS text),
                         'previousSecretsExpireAt', (SELECT max(expires_at) FROM expiring))::text AS document
  FROM client
