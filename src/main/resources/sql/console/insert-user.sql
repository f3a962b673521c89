-- A new user with a first password (which it must change) or with an invitation link (then no
-- password until it chooses one); the participant is a publisher's code for a publisher user and
-- a subscriber's code for a subscriber user. Nothing is inserted when the username is taken.
INSERT INTO console_user (username, display_name, role, publisher_id, subscriber_id, password_hash,
                          must_change_password, invitation_sha256, invitation_expires_at, created_by)
SELECT :#username, :#displayName, :#role,
       (SELECT id FROM publisher WHERE code = :#participant AND :#role = 'publisher'),
       (SELECT id FROM subscriber WHERE code = :#participant AND :#role = 'subscriber'),
       :#passwordHash, CAST(:#passwordHash AS TEXT) IS NOT NULL, :#invitationSha256,
       CASE WHEN CAST(:#invitationSha256 AS TEXT) IS NULL THEN NULL
            ELSE now() + make_interval(secs => :#invitationSeconds) END,
       :#createdBy
ON CONFLICT (username) DO NOTHING
