-- A subscription and its channels. The answer shows a webhook's signing secret, once; an SFTP
-- password or key is never shown.
WITH created AS (
    INSERT INTO subscription (publisher_id, subscriber_id, fund_codes, record_types, status)
    SELECT p.id, s.id, string_to_array(:#fundCodes, ','), string_to_array(:#recordTypes, ','), :#status
      FROM publisher p, subscriber s
     WHERE p.code = :#publisher AND s.code = :#subscriber
    RETURNING id, fund_codes, record_types, status, created_at
), channels AS (
    INSERT INTO delivery_channel (subscription_id, kind, settings, secret)
    SELECT created.id, given.channel ->> 'kind', given.channel -> 'settings', given.channel ->> 'secret'
      FROM created, jsonb_array_elements(CAST(:#channels AS jsonb)) WITH ORDINALITY AS given (channel, position)
     ORDER BY given.position
    RETURNING id, public_id, kind, settings, secret
)
SELECT json_build_object('id', id, 'publisher', CAST(:#publisher AS text),
                         'subscriber', CAST(:#subscriber AS text), 'funds', fund_codes,
                         'recordTypes', record_types, 'status', status,
                         'channels', (SELECT json_agg(jsonb_build_object('id', c.public_id, 'type', c.kind)
                                                      || (c.settings - 'auth')
                                                      || CASE WHEN c.kind = 'webhook'
                                                              THEN jsonb_build_object('signingSecret', c.secret)
                                                              ELSE '{}' END
                                                      ORDER BY c.id)
                                        FROM channels c),
                         'createdAt', created_at)::text AS document,
       '/api/v1/subscriptions/' || id AS location
  FROM created
