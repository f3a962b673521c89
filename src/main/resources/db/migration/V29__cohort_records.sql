-- Seed 002's cohort inputs as record types (RecordType.COHORT_*, CUSTOMER_PAYMENTS): published
-- like any report and kept as its lines, each stored record's lines then added to or replacing the
-- company's rows in the cohort tables (V28). A subscription may carry the terms, spends and
-- thresholds; a company's customers and their payments are never delivered.
ALTER DOMAIN record_type DROP CONSTRAINT record_type_check;
ALTER DOMAIN record_type ADD CONSTRAINT record_type_check CHECK (VALUE IN (
    'capital_call', 'distribution', 'capital_account_statement', 'schedule_of_investments',
    'company_quarterly_metrics', 'company_reporting',
    'cohort_trades', 'cohort_spends', 'cohort_thresholds', 'cohort_customers', 'customer_payments'));
ALTER TABLE subscription DROP CONSTRAINT subscription_record_types_check;
ALTER TABLE subscription ADD CONSTRAINT subscription_record_types_check CHECK (record_types <@ ARRAY[
    'capital_call', 'distribution', 'capital_account_statement', 'schedule_of_investments',
    'company_quarterly_metrics', 'company_reporting',
    'cohort_trades', 'cohort_spends', 'cohort_thresholds']::TEXT[]);
