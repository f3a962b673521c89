-- Every API client with its participant and when its live secrets expire; never a secret or hash.
SELECT COALESCE(json_agg(json_build_object(
           'clientId', c.client_id, 'role', c.role, 'participant', COALESCE(p.code, s.code),
           'name', c.name, 'status', c.status, 'createdAt', c.created_at,
           'secrets', (SELECT COALESCE(json_agg(json_build_object('createdAt', cs.created_at,
                                                                   'expiresAt', cs.expires_at) ORDER BY cs.id), '[]'::json)
                         FROM api_client_secret cs
                        WHERE cs.client_id = c.id AND (cs.expires_at IS NULL OR cs.expires_at > now())))
           ORDER BY c.id), '[]'::json)::text AS document
  FROM api_client c
  LEFT JOIN publisher p ON p.id = c.publisher_id
  LEFT JOIN subscriber s ON s.id = c.subscriber_id
