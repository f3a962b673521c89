-- Secrets (signing secrets, SFTP passwords and keys) are never listed: a signing secret is shown
-- once, when the subscription is created. Each with the investors it represents.
SELECT COALESCE(json_agg(jsonb_build_object('id', su.id, 'publisher', p.code, 'subscriber', s.code,
                                             'funds', su.fund_codes, 'recordTypes', su.record_types,
                                             'status', su.status,
                                             'channels', (SELECT json_agg(jsonb_build_object('id', c.public_id,
                                                                                             'type', c.kind)
                                                                          || (c.settings - 'auth') ORDER BY c.id)
                                                            FROM delivery_channel c
                                                           WHERE c.subscription_id = su.id),
                                             'createdAt', su.created_at)
                         || investors_document(su.publisher_id, su.investor_scope, subscription_investor_codes(su.id))
                         ORDER BY su.id),
                '[]'::json)::text
  FROM subscription su
  JOIN publisher p ON p.id = su.publisher_id
  JOIN subscriber s ON s.id = su.subscriber_id
