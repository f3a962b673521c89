-- Subscriptions whose investors an admin has not set yet (V12 migration): they see no investor's lines.
SELECT id FROM subscription WHERE investor_scope = 'unset' ORDER BY id
