-- The publishers and subscribers a user may act for, for the user form.
SELECT 'publisher' AS role, code, name FROM publisher
UNION ALL
SELECT 'subscriber', code, name FROM subscriber
 ORDER BY role, code
