-- The signing secret is never listed: it is shown once, when the subscription is created.
SELECT COALESCE(json_agg(json_build_object('id', su.id, 'publisher', p.code, 'subscriber', s.code,
                                             'funds', su.fund_codes, 'recordTypes', su.record_types,
                                             'status', su.status, 'webhookUrl', su.webhook_url,
                                             'createdAt', su.created_at) ORDER BY su.id),
                '[]'::json)::text
  FROM subscription su
  JOIN publisher p ON p.id = su.publisher_id
  JOIN subscriber s ON s.id = su.subscriber_id
