-- Checks across records (docs/api.md, "Checks across records"): a fund may report in several
-- currencies (otherwise a record in another currency than the fund's is refused), and a publisher
-- may have the position checks reject a record instead of warning about it.
ALTER TABLE fund ADD COLUMN multi_currency BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE publisher
    ADD COLUMN position_checks TEXT NOT NULL DEFAULT 'warn' CHECK (position_checks IN ('warn', 'reject'));
