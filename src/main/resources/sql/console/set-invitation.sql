-- A new invitation link for a user who signs in with a password here (a forgotten password, a lost
-- link): the one before it stops working; the current password, if any, works until the link is used.
UPDATE console_user
   SET invitation_sha256 = :#invitationSha256,
       invitation_expires_at = now() + make_interval(secs => :#invitationSeconds)
 WHERE username = :#username AND signs_in_with = 'password'
