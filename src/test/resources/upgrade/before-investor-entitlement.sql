-- A hub's data as the build before per-investor entitlement (schema V11) left it: a GP, an LP
-- subscribed to the whole fund on a webhook, a capital call delivered to it (every investor's
-- lines), a second one still pending, and a schedule of investments (the fund's own) pending.
INSERT INTO publisher (code, name) VALUES ('old-gp', 'Old GP');
INSERT INTO subscriber (code, name) VALUES ('old-lp', 'Old LP');
INSERT INTO fund (publisher_id, code, name, currency) SELECT id, 'OLD-1', 'Old Fund', 'USD' FROM publisher;
INSERT INTO investor (publisher_id, code) SELECT p.id, c FROM publisher p, (VALUES ('LP-0001'), ('LP-0002')) AS v (c);
INSERT INTO submission (public_id, publisher_id, channel, content_type, sha256, size_bytes, status)
SELECT gen_random_uuid(), id, 'rest', 'text/csv', repeat('a', 64), 1, 'stored' FROM publisher;
INSERT INTO notice (public_id, publisher_id, fund_id, record_type, notice_reference, version, notice_date,
                    value_date, currency, minor_units, total_amount, submission_id, mapping_id, mapping_version,
                    translator, content_sha256, canonical, feed_seq)
SELECT gen_random_uuid(), p.id, f.id, t.type, t.reference, 1, DATE '2026-11-01', DATE '2026-11-15',
       t.currency, t.minor_units, t.total, s.id, 'old', 1, 'local-mapping', repeat('b', 64),
       CASE t.type
         WHEN 'capital_call' THEN jsonb_build_object('recordType', t.type, 'publisher', 'old-gp', 'fundId', 'OLD-1',
                                                     'noticeReference', t.reference, 'noticeDate', '2026-11-01',
                                                     'dueDate', '2026-11-15', 'currency', t.currency)
         ELSE jsonb_build_object('recordType', t.type, 'publisher', 'old-gp', 'fundId', 'OLD-1',
                                 'asOfDate', t.reference, 'currency', 'USD')
       END, t.seq
  FROM publisher p, fund f, submission s,
       (VALUES ('capital_call', 'CC-1', 'USD', 2, 300.00, 1), ('capital_call', 'CC-2', 'USD', 2, 300.00, 2),
               ('schedule_of_investments', '2026-09-30', NULL, NULL, NULL, 3))
           AS t (type, reference, currency, minor_units, total, seq);
INSERT INTO capital_call_allocation (notice_id, investor_id, source_row, investments, management_fees,
                                     fund_expenses, other_amount, amount)
SELECT n.id, i.id, 1, 150.00, 0, 0, 0, 150.00
  FROM notice n, investor i WHERE n.record_type = 'capital_call';
INSERT INTO subscription (publisher_id, subscriber_id) SELECT p.id, s.id FROM publisher p, subscriber s;
INSERT INTO delivery_channel (subscription_id, kind, settings, secret)
SELECT id, 'webhook', '{"url": "http://127.0.0.1:9/old-lp"}', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
  FROM subscription;
INSERT INTO delivery (public_id, notice_id, subscription_id, channel_id, fund_id, event_type, status, delivered_at)
SELECT gen_random_uuid(), n.id, c.subscription_id, c.id, n.fund_id, n.record_type || '.published',
       CASE n.notice_reference WHEN 'CC-1' THEN 'delivered' ELSE 'pending' END,
       CASE n.notice_reference WHEN 'CC-1' THEN now() END
  FROM notice n, delivery_channel c;
