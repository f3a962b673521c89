-- The investor register (docs/api.md, "Investors"): the details an LP's operations team files an
-- investor under. An investor a record names before it is registered is still created, with
-- introduced_by naming that submission (its status lists it as a warning) - unless its publisher
-- registers its investors beforehand (investor_policy 'registered-only'): then an unregistered
-- investor is a row error.
ALTER TABLE investor
    ADD COLUMN legal_name     TEXT,
    ADD COLUMN investor_type  TEXT CHECK (investor_type IN ('pension', 'endowment', 'foundation', 'sovereign_wealth',
                                                            'insurance', 'fund_of_funds', 'family_office',
                                                            'individual', 'corporate', 'bank', 'other')),
    ADD COLUMN lei            TEXT CHECK (lei ~ '^[A-Z0-9]{18}[0-9]{2}$'),
    ADD COLUMN domicile       TEXT CHECK (domicile ~ '^[A-Z]{2}$'),
    ADD COLUMN notice_contact TEXT,
    ADD COLUMN registered_at  TIMESTAMPTZ,
    ADD COLUMN introduced_by  BIGINT REFERENCES submission (id);
CREATE INDEX investor_introduced_by_idx ON investor (introduced_by) WHERE introduced_by IS NOT NULL;

ALTER TABLE publisher
    ADD COLUMN investor_policy TEXT NOT NULL DEFAULT 'open' CHECK (investor_policy IN ('open', 'registered-only'));
