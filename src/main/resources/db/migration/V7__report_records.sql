-- Reports beside notices: capital account statements, schedules of investments and portfolio
-- companies' quarterly metrics. They share the notice envelope (versions per publisher, fund,
-- type and reference; canonical header JSON; lineage; outbox) and keep their lines as canonical
-- JSON in record_line. The identity now includes the record type: a schedule of investments and a
-- statement for the same date are different records.
ALTER DOMAIN record_type DROP CONSTRAINT record_type_check;
ALTER DOMAIN record_type ADD CONSTRAINT record_type_check CHECK (VALUE IN (
    'capital_call', 'distribution', 'capital_account_statement', 'schedule_of_investments',
    'company_quarterly_metrics'));
ALTER TABLE subscription DROP CONSTRAINT subscription_record_types_check;
ALTER TABLE subscription ADD CONSTRAINT subscription_record_types_check CHECK (record_types <@ ARRAY[
    'capital_call', 'distribution', 'capital_account_statement', 'schedule_of_investments',
    'company_quarterly_metrics']::TEXT[]);

ALTER TABLE notice DROP CONSTRAINT notice_publisher_id_fund_id_notice_reference_version_key;
ALTER TABLE notice ADD UNIQUE (publisher_id, fund_id, record_type, notice_reference, version);
DROP INDEX notice_current_idx;
CREATE UNIQUE INDEX notice_current_idx ON notice (publisher_id, fund_id, record_type, notice_reference)
    WHERE superseded_at IS NULL;

-- Only notices move money: a report has no notice total, and a company's metrics carry their own
-- reporting currency per line.
ALTER TABLE notice ALTER COLUMN currency DROP NOT NULL,
                   ALTER COLUMN minor_units DROP NOT NULL,
                   ALTER COLUMN total_amount DROP NOT NULL;
ALTER TABLE notice ADD CHECK (record_type NOT IN ('capital_call', 'distribution')
    OR (currency IS NOT NULL AND minor_units IS NOT NULL AND total_amount IS NOT NULL));

-- A report's lines: the canonical JSON of each, keyed (investor, position, company) once per record.
-- No foreign key, as for allocations (V6): written by one set-based statement from staged_line.
CREATE TABLE record_line (
    notice_id   BIGINT NOT NULL,
    line_key    TEXT NOT NULL,
    source_row  INT NOT NULL,
    content     JSON NOT NULL,
    PRIMARY KEY (notice_id, line_key)
);

CREATE UNLOGGED TABLE staged_line (
    submission_id  BIGINT NOT NULL,
    source_row     INT NOT NULL,
    line_key       TEXT NOT NULL,
    content        JSON NOT NULL
);
CREATE INDEX staged_line_submission_idx ON staged_line (submission_id);
