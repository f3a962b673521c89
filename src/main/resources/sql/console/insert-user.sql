-- A new user with a first password; the participant is a publisher's code for a publisher user and a
-- subscriber's code for a subscriber user. Nothing is inserted when the username is taken.
INSERT INTO console_user (username, display_name, role, publisher_id, subscriber_id, password_hash, created_by)
SELECT :#username, :#displayName, :#role,
       (SELECT id FROM publisher WHERE code = :#participant AND :#role = 'publisher'),
       (SELECT id FROM subscriber WHERE code = :#participant AND :#role = 'subscriber'),
       :#passwordHash, :#createdBy
ON CONFLICT (username) DO NOTHING
