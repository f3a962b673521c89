-- Tokens end when an admin says so: revoking a client, or rotating its secret without grace,
-- moves it to a new token generation, and the hub's tokens carry the generation they were issued
-- in (claim pmdc_gen). A token of an earlier generation is refused from then on, re-activation
-- included, on every hub instance (each call reads the client's row).
ALTER TABLE api_client ADD COLUMN token_generation INTEGER NOT NULL DEFAULT 0;
