-- The password chosen through an invitation link, which then stops working; a lock-out ends.
UPDATE console_user
   SET password_hash = :#passwordHash, must_change_password = false, invitation_sha256 = NULL,
       invitation_expires_at = NULL, failed_sign_ins = 0, locked_until = NULL
 WHERE invitation_sha256 = :#invitationSha256 AND invitation_expires_at > now() AND status = 'active'
RETURNING username
