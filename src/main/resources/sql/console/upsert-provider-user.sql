-- A person the OpenID provider signed in, recorded or brought up to date with what its claims say
-- now (a role changed at the provider takes effect at the next sign-in). Nothing is returned when
-- the username is a local user's (a provider must not take over a password user) or the
-- participant is not one of the role's kind; otherwise the user's status, which may refuse it.
INSERT INTO console_user (username, display_name, role, publisher_id, subscriber_id, password_hash,
                          must_change_password, signs_in_with, created_by)
SELECT :#username, :#displayName, :#role, p.id, s.id, NULL, false, 'provider', 'provider'
  FROM (SELECT 1) AS one
  LEFT JOIN publisher p ON :#role = 'publisher' AND p.code = :#participant
  LEFT JOIN subscriber s ON :#role = 'subscriber' AND s.code = :#participant
 WHERE (:#role = 'publisher') = (p.id IS NOT NULL) AND (:#role = 'subscriber') = (s.id IS NOT NULL)
    ON CONFLICT (username) DO UPDATE
   SET display_name = EXCLUDED.display_name, role = EXCLUDED.role,
       publisher_id = EXCLUDED.publisher_id, subscriber_id = EXCLUDED.subscriber_id
 WHERE console_user.signs_in_with = 'provider'
RETURNING status
