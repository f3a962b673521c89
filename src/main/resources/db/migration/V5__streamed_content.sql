-- Raw input is stored in parts of at most 1 MiB, written and read as a stream, so a file larger
-- than the heap (or than PostgreSQL's 1 GB limit on one value) can be kept before it is
-- acknowledged and processed without ever being held whole in memory.
CREATE TABLE submission_content (
    submission_id  BIGINT NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    part           INT NOT NULL CHECK (part >= 0),
    bytes          BYTEA NOT NULL,
    PRIMARY KEY (submission_id, part)
);
INSERT INTO submission_content (submission_id, part, bytes)
SELECT id, 0, raw FROM submission;
ALTER TABLE submission ADD COLUMN size_bytes BIGINT;
UPDATE submission SET size_bytes = octet_length(raw);
ALTER TABLE submission ALTER COLUMN size_bytes SET NOT NULL;
ALTER TABLE submission DROP COLUMN raw;

-- Staged rows are keyed by the submission that is being processed, so a retry of a submission
-- whose worker died first clears what that worker left. They are written while the rows stream
-- (outside the storing transaction) and removed when the submission is stored or rejected.
DROP TABLE staged_allocation;
CREATE UNLOGGED TABLE staged_allocation (
    submission_id       BIGINT NOT NULL,
    source_row          INT NOT NULL,
    investor_code       TEXT NOT NULL,
    investor_name       TEXT,
    commitment          NUMERIC(22, 4),
    unfunded_after      NUMERIC(22, 4),
    amount              NUMERIC(22, 4) NOT NULL,
    investments         NUMERIC(22, 4),
    management_fees     NUMERIC(22, 4),
    fund_expenses       NUMERIC(22, 4),
    other_amount        NUMERIC(22, 4),
    return_of_capital   NUMERIC(22, 4),
    realized_gain       NUMERIC(22, 4),
    dividends_interest  NUMERIC(22, 4),
    withholding_tax     NUMERIC(22, 4),
    recallable          NUMERIC(22, 4)
);
CREATE INDEX staged_allocation_submission_idx ON staged_allocation (submission_id);

-- A notice's canonical JSON holds its header and totals; its allocations live in their tables
-- (a notice may have millions) and are rendered from there when delivered
-- (R__canonical_allocations.sql), amounts with the currency's minor units.
ALTER TABLE notice ADD COLUMN minor_units SMALLINT NOT NULL DEFAULT 2 CHECK (minor_units BETWEEN 0 AND 4);
ALTER TABLE notice ALTER COLUMN minor_units DROP DEFAULT;
UPDATE notice SET canonical = (canonical::jsonb - 'allocations')::json;
ALTER TABLE capital_call_allocation ADD COLUMN investor_name TEXT;
ALTER TABLE distribution_allocation ADD COLUMN investor_name TEXT;
UPDATE capital_call_allocation a SET investor_name = i.name FROM investor i WHERE i.id = a.investor_id;
UPDATE distribution_allocation a SET investor_name = i.name FROM investor i WHERE i.id = a.investor_id;
