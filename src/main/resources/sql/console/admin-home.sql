-- Publishers and subscribers waiting for an administrator's approval, oldest first.
SELECT 'publisher' AS role, code, name, created_at FROM publisher WHERE status = 'pending'
UNION ALL
SELECT 'subscriber', code, name, created_at FROM subscriber WHERE status = 'pending'
 ORDER BY created_at
