-- Company reporting as a record type of its own (RecordType.COMPANY_REPORTING): the hub stores
-- each company quarter's computed financials and metrics as a record, versioned like a published
-- one, so subscriptions, every channel, replay and the LP pull API carry it unchanged. A computed
-- record has no submission, mapping or translator; a published one always has all three.
ALTER DOMAIN record_type DROP CONSTRAINT record_type_check;
ALTER DOMAIN record_type ADD CONSTRAINT record_type_check CHECK (VALUE IN (
    'capital_call', 'distribution', 'capital_account_statement', 'schedule_of_investments',
    'company_quarterly_metrics', 'company_reporting'));
ALTER TABLE subscription DROP CONSTRAINT subscription_record_types_check;
ALTER TABLE subscription ADD CONSTRAINT subscription_record_types_check CHECK (record_types <@ ARRAY[
    'capital_call', 'distribution', 'capital_account_statement', 'schedule_of_investments',
    'company_quarterly_metrics', 'company_reporting']::TEXT[]);

ALTER TABLE notice ALTER COLUMN submission_id DROP NOT NULL,
                   ALTER COLUMN mapping_id DROP NOT NULL,
                   ALTER COLUMN mapping_version DROP NOT NULL,
                   ALTER COLUMN translator DROP NOT NULL;
ALTER TABLE notice ADD CONSTRAINT notice_origin_check CHECK (
    (record_type = 'company_reporting') = (submission_id IS NULL)
    AND (submission_id IS NULL) = (mapping_id IS NULL)
    AND (submission_id IS NULL) = (mapping_version IS NULL)
    AND (submission_id IS NULL) = (translator IS NULL));

-- A recalculation reads and prunes one company's rows (the unique key leads with the fund).
CREATE INDEX company_financials_company_idx ON company_financials (publisher_id, company_code);
