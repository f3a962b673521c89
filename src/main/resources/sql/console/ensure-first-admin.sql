-- The first administrator, only while the console has none (a later password change is kept).
INSERT INTO console_user (username, display_name, role, password_hash, created_by)
SELECT :#username, 'Administrator', 'admin', :#passwordHash, 'bootstrap'
 WHERE NOT EXISTS (SELECT 1 FROM console_user WHERE role = 'admin')
ON CONFLICT (username) DO NOTHING
