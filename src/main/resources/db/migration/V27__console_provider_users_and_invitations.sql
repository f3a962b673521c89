-- Two ways into the console besides a first password:
-- * People who sign in through the organisation's OpenID provider (pmdc.console.oidc) are recorded
--   at each sign-in with the role and participant their provider's claims give, so an administrator
--   sees them beside the local users and may disable them. The provider checks their credentials
--   (and its own second factor); the hub keeps no password for them.
-- * A local user may be invited by a one-time link instead: until it chooses a password through
--   the link it has none. Only the link's SHA-256 is kept, with its expiry; using it clears both.
ALTER TABLE console_user
    ALTER COLUMN password_hash DROP NOT NULL,
    ADD COLUMN signs_in_with TEXT NOT NULL DEFAULT 'password' CHECK (signs_in_with IN ('password', 'provider')),
    ADD COLUMN invitation_sha256 CHAR(64) UNIQUE,
    ADD COLUMN invitation_expires_at TIMESTAMPTZ,
    ADD CONSTRAINT console_user_invitation_expires CHECK ((invitation_sha256 IS NULL) = (invitation_expires_at IS NULL)),
    ADD CONSTRAINT console_user_password_users_have_a_way_in
        CHECK (signs_in_with = 'provider' OR password_hash IS NOT NULL OR invitation_sha256 IS NOT NULL),
    ADD CONSTRAINT console_user_provider_users_have_nothing_local
        CHECK (signs_in_with = 'password'
               OR (password_hash IS NULL AND invitation_sha256 IS NULL AND NOT must_change_password));
