INSERT INTO subscription (publisher_id, subscriber_id, fund_codes, record_types, webhook_url, signing_secret)
SELECT p.id, s.id, string_to_array(:#fundCodes, ','), string_to_array(:#recordTypes, ','),
       :#webhookUrl, :#signingSecret
  FROM publisher p, subscriber s
 WHERE p.code = :#publisher AND s.code = :#subscriber
RETURNING json_build_object('id', id, 'publisher', CAST(:#publisher AS text),
                             'subscriber', CAST(:#subscriber AS text), 'funds', fund_codes,
                             'recordTypes', record_types, 'status', status,
                             'webhookUrl', webhook_url, 'signingSecret', signing_secret,
                             'createdAt', created_at)::text AS document,
          '/api/v1/subscriptions?id=' || id AS location
