-- A subscription, the investors it represents and its channels, each secret sealed (AES-GCM)
-- before it gets here. The answer shows a webhook's signing secret, once, from the request; an
-- SFTP password or key is never shown.
WITH created AS (
    INSERT INTO subscription (publisher_id, subscriber_id, fund_codes, record_types, status, investor_scope)
    SELECT p.id, s.id, string_to_array(:#fundCodes, ','), string_to_array(:#recordTypes, ','), :#status,
           :#investorScope
      FROM publisher p, subscriber s
     WHERE p.code = :#publisher AND s.code = :#subscriber
    RETURNING id, publisher_id, fund_codes, record_types, status, investor_scope, created_at
), codes AS (
    SELECT ARRAY(SELECT DISTINCT code FROM jsonb_array_elements_text(CAST(:#investorCodes AS jsonb)) AS code
                  ORDER BY code) AS codes
), investors AS (
    INSERT INTO subscription_investor (subscription_id, investor_code)
    SELECT created.id, code
      FROM created, codes, unnest(codes.codes) AS code
), given AS (
    SELECT channel, position
      FROM jsonb_array_elements(CAST(:#channels AS jsonb)) WITH ORDINALITY AS g (channel, position)
), channels AS (
    INSERT INTO delivery_channel (public_id, subscription_id, kind, settings, secret)
    SELECT CAST(given.channel ->> 'publicId' AS uuid), created.id, given.channel ->> 'kind',
           given.channel -> 'settings', given.channel ->> 'sealedSecret'
      FROM created, given
     ORDER BY given.position
)
SELECT (jsonb_build_object('id', id, 'publisher', CAST(:#publisher AS text),
                         'subscriber', CAST(:#subscriber AS text), 'funds', fund_codes,
                         'recordTypes', record_types, 'status', status,
                         'channels', (SELECT json_agg(jsonb_build_object('id', g.channel ->> 'publicId',
                                                                         'type', g.channel ->> 'kind')
                                                      || ((g.channel -> 'settings') - 'auth')
                                                      || CASE WHEN g.channel ->> 'shownSecret' IS NOT NULL
                                                              THEN jsonb_build_object('signingSecret', g.channel ->> 'shownSecret')
                                                              ELSE '{}' END
                                                      ORDER BY g.position)
                                        FROM given g),
                         'createdAt', created_at)
        || investors_document(publisher_id, investor_scope, codes.codes))::text AS document,
       '/api/v1/subscriptions/' || id AS location
  FROM created, codes
