-- The documents the cohorts API answers with (seed 002's Trade, Spend, Threshold and Payment), and
-- where each row came from: the submission and source row it was read from, or the API caller.
CREATE OR REPLACE FUNCTION cohort_source(of_submission BIGINT, of_row INT, by_actor TEXT, at_time TIMESTAMPTZ)
    RETURNS json
LANGUAGE sql STABLE AS $$
    SELECT json_build_object('submission', (SELECT s.public_id FROM submission s WHERE s.id = of_submission),
                             'sourceRow', of_row, 'updatedBy', by_actor, 'updatedAt', at_time)
$$;

CREATE OR REPLACE FUNCTION cohort_trade_document(t cohort_trade) RETURNS json
LANGUAGE sql STABLE AS $$
    SELECT json_build_object('cohortMonth', to_char(t.cohort_month, 'YYYY-MM'),
                             'sharingPercentage', trim_scale(t.sharing_percentage)::text,
                             'cashCap', t.cash_cap::text,
                             'source', cohort_source(t.submission_id, t.source_row, t.updated_by, t.updated_at))
$$;

CREATE OR REPLACE FUNCTION cohort_spend_document(s cohort_spend) RETURNS json
LANGUAGE sql STABLE AS $$
    SELECT json_build_object('cohortMonth', to_char(s.cohort_month, 'YYYY-MM'), 'spend', s.spend::text,
                             'source', cohort_source(s.submission_id, s.source_row, s.updated_by, s.updated_at))
$$;

CREATE OR REPLACE FUNCTION cohort_threshold_document(t cohort_threshold) RETURNS json
LANGUAGE sql STABLE AS $$
    SELECT json_build_object('paymentPeriodMonth', t.payment_period_month,
                             'minimumPaymentPercent', trim_scale(t.minimum_payment_percent)::text,
                             'source', cohort_source(t.submission_id, t.source_row, t.updated_by, t.updated_at))
$$;

CREATE OR REPLACE FUNCTION cohort_payment_document(p cohort_payment) RETURNS json
LANGUAGE sql STABLE AS $$
    SELECT json_build_object('paymentId', p.payment_id, 'customerId', p.customer_id, 'paymentDate', p.payment_date,
                             'cohortMonth', to_char(p.cohort_month, 'YYYY-MM'), 'amount', p.amount::text,
                             'source', cohort_source(p.submission_id, p.source_row, p.updated_by, p.updated_at))
$$;

-- A stored cohort-input record's lines with the company each names (registered in the record's
-- fund, which the record's checks ensured) and their lineage: what sql/cohorts/store-*.sql move
-- into the cohort tables.
CREATE OR REPLACE VIEW cohort_input_line AS
SELECT l.notice_id, c.id AS company_id, l.source_row, l.content, n.submission_id,
       s.channel || ' submission' AS updated_by
  FROM record_line l
  JOIN notice n ON n.id = l.notice_id
  JOIN submission s ON s.id = n.submission_id
  JOIN company c ON c.publisher_id = n.publisher_id AND c.fund_id = n.fund_id AND c.code = l.content ->> 'companyId';
