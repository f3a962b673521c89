-- Seed 002's cohort figures kept as computed, the recalculation pattern of company reporting: a
-- company's cohort cashflows (its actual periods) and cohort table, computed again by whichever
-- hub takes the request once its trades, spends, thresholds or payments change, and answered by
-- GET .../cashflows and .../cohorts_table while no request for the company is pending (computed
-- when asked otherwise, so never stale).
CREATE TABLE cohort_result (
    company_id    BIGINT PRIMARY KEY REFERENCES company (id),
    -- The JSON documents the two operations answer, as CohortAnalytics writes them.
    cashflows     TEXT NOT NULL,
    cohort_table  TEXT NOT NULL,
    computed_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE cohort_recalculation (
    company_id    BIGINT PRIMARY KEY REFERENCES company (id),
    reason        TEXT NOT NULL,
    requested_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    not_before    TIMESTAMPTZ NOT NULL DEFAULT now(),
    attempts      INT NOT NULL DEFAULT 0,
    last_error    TEXT
);
CREATE INDEX cohort_recalculation_due_idx ON cohort_recalculation (not_before);

-- Any change to a calculation input asks for its companies again, in the changing transaction,
-- whichever path made it (the cohorts API, a stored record's lines, an operator's SQL): one rule in
-- one place. Statement triggers over the changed rows, so a file of a million payments asks once.
CREATE FUNCTION request_cohort_recalculation() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO cohort_recalculation (company_id, reason)
    SELECT DISTINCT company_id, TG_TABLE_NAME || ' ' || lower(TG_OP) FROM changed_rows
    ON CONFLICT (company_id) DO UPDATE
       SET reason = EXCLUDED.reason, requested_at = now(), not_before = now(), attempts = 0, last_error = NULL;
    RETURN NULL;
END $$;

DO $$
DECLARE
    input TEXT;
BEGIN
    FOREACH input IN ARRAY ARRAY['cohort_trade', 'cohort_spend', 'cohort_threshold', 'cohort_payment'] LOOP
        EXECUTE format('CREATE TRIGGER %1$s_inserted AFTER INSERT ON %1$s REFERENCING NEW TABLE AS changed_rows'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION request_cohort_recalculation()', input);
        EXECUTE format('CREATE TRIGGER %1$s_updated AFTER UPDATE ON %1$s REFERENCING NEW TABLE AS changed_rows'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION request_cohort_recalculation()', input);
        EXECUTE format('CREATE TRIGGER %1$s_deleted AFTER DELETE ON %1$s REFERENCING OLD TABLE AS changed_rows'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION request_cohort_recalculation()', input);
    END LOOP;
END $$;
