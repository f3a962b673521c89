-- Who may see what (docs/security.md, "What a subscriber sees"), written once: the outbox
-- (sql/store/queue-deliveries.sql) and the LP pull API (the lp_record view) both ask these
-- functions, so every channel and every pull answers the same question the same way.
-- Repeatable migration: edit it in place, Flyway re-applies it when it changes.

-- Record types whose lines are investors' own: a capital call's or a distribution's allocations,
-- a capital account statement's lines. They are confidential between the LPs of a fund (the
-- partnership agreement). Every other type (schedule of investments, company metrics) is the
-- fund's and travels whole. SubscriptionInvestorsIT checks this list against RecordType.
CREATE OR REPLACE FUNCTION per_investor(of_type TEXT) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT of_type IN ('capital_call', 'distribution', 'capital_account_statement')
$$;

-- Record types a company publishes about its own customers (seed 002's customers and payments):
-- no subscription carries them, not even one for every type; the fund's LPs see the cohort
-- figures computed from them. RecordType.isDeliverable says the same; SubscriptionInvestorsIT
-- checks the two agree.
CREATE OR REPLACE FUNCTION deliverable(of_type TEXT) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT of_type NOT IN ('cohort_customers', 'customer_payments')
$$;

-- Whether a subscription's scope takes in records of this fund and type (its publisher is a join).
CREATE OR REPLACE FUNCTION subscription_covers(su subscription, fund_code TEXT, record_type TEXT) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT deliverable(record_type)
       AND (cardinality(su.fund_codes) = 0 OR fund_code = ANY (su.fund_codes))
       AND (cardinality(su.record_types) = 0 OR record_type = ANY (su.record_types))
$$;

-- The lines of a record a subscription may see. NULL: all of them (a fund-level record type, or
-- a subscription for all investors). Otherwise the codes of the investors it represents that
-- have a line in the record, in code order — none when the record is not for it, also while an
-- admin has not yet said whom the subscription represents ('unset'), and for no record (NULL).
-- PL/pgSQL with a generic plan: a connection plans it once. As an SQL function it was planned again
-- in every statement that calls it, and PL/pgSQL's own choice was to plan each call for its
-- values: 0.6 ms of planning a call, ~6 ms of the outbox's INSERT for 5 LPs (pg_stat_statements,
-- bench/fanout 20 30 5), for a plan that is the same whatever the values (primary keys).
CREATE OR REPLACE FUNCTION represented_investors(of_subscription BIGINT, of_notice BIGINT) RETURNS TEXT[]
LANGUAGE plpgsql STABLE COST 1000 SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    investors TEXT[];
BEGIN
    SELECT CASE WHEN NOT per_investor(n.record_type) OR su.investor_scope = 'all' THEN NULL
                ELSE ARRAY(SELECT si.investor_code
                             FROM subscription_investor si
                            WHERE si.subscription_id = su.id
                              AND (EXISTS (SELECT 1
                                             FROM investor i
                                             JOIN capital_call_allocation a ON a.investor_id = i.id AND a.notice_id = n.id
                                            WHERE i.publisher_id = n.publisher_id AND i.code = si.investor_code)
                                   OR EXISTS (SELECT 1
                                                FROM investor i
                                                JOIN distribution_allocation a ON a.investor_id = i.id AND a.notice_id = n.id
                                               WHERE i.publisher_id = n.publisher_id AND i.code = si.investor_code)
                                   -- A statement's line key is its investor's code.
                                   OR EXISTS (SELECT 1
                                                FROM record_line l
                                               WHERE l.notice_id = n.id AND l.line_key = si.investor_code))
                            ORDER BY si.investor_code) END
      INTO investors
      FROM subscription su, notice n
     WHERE su.id = of_subscription AND n.id = of_notice;
    RETURN CASE WHEN FOUND THEN investors ELSE '{}' END;
END
$$;

-- The same for a subscriber, over all its active subscriptions that cover the record (an LP may
-- hold several with one publisher): NULL = every line; '{}' = none, also when none covers it.
CREATE OR REPLACE FUNCTION subscriber_investors(of_subscriber BIGINT, of_notice BIGINT) RETURNS TEXT[]
LANGUAGE plpgsql STABLE COST 1000 SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    RETURN (WITH scopes AS (
        SELECT represented_investors(su.id, n.id) AS investors
          FROM notice n
          JOIN fund f ON f.id = n.fund_id
          JOIN subscription su ON su.publisher_id = n.publisher_id AND su.subscriber_id = of_subscriber
                              AND su.status = 'active'
         WHERE n.id = of_notice AND subscription_covers(su, f.code, n.record_type))
    SELECT CASE WHEN EXISTS (SELECT 1 FROM scopes WHERE investors IS NULL) THEN NULL
                ELSE ARRAY(SELECT DISTINCT code FROM scopes, unnest(investors) AS code ORDER BY code) END);
END
$$;

-- Whether a scope above sees any line of its record.
CREATE OR REPLACE FUNCTION sees_lines(investors TEXT[]) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT investors IS NULL OR cardinality(investors) > 0
$$;

-- A subscription's investors as its answers show them: "all", the codes, or null (not set yet),
-- and which of the codes the publisher has not used in any record yet.
CREATE OR REPLACE FUNCTION investors_document(of_publisher BIGINT, scope TEXT, codes TEXT[]) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
             'investors', CASE scope WHEN 'all' THEN to_jsonb('all'::text)
                                     WHEN 'listed' THEN to_jsonb(codes)
                                     ELSE 'null'::jsonb END,
             'unknownInvestors', to_jsonb(ARRAY(SELECT c
                                                  FROM unnest(codes) AS c
                                                 WHERE NOT EXISTS (SELECT 1 FROM investor i
                                                                    WHERE i.publisher_id = of_publisher AND i.code = c)
                                                 ORDER BY c)))
$$;

-- A stored subscription's investor codes, in code order.
CREATE OR REPLACE FUNCTION subscription_investor_codes(of_subscription BIGINT) RETURNS TEXT[]
LANGUAGE sql STABLE AS $$
    SELECT ARRAY(SELECT investor_code FROM subscription_investor
                  WHERE subscription_id = of_subscription ORDER BY investor_code)
$$;

-- Whether a subscriber sees a fund's company reporting: the companies, their metrics and what the
-- hub computes from them. Fund-level data (no investor lines), so an active subscription whose
-- scope takes in the fund's company metrics or company reporting is enough. The companies API
-- asks it for every answer.
CREATE OR REPLACE FUNCTION subscriber_sees_company_reporting(of_subscriber TEXT, of_fund BIGINT) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1
                     FROM fund f
                     JOIN subscription su ON su.publisher_id = f.publisher_id AND su.status = 'active'
                     JOIN subscriber s ON s.id = su.subscriber_id AND s.code = of_subscriber
                    WHERE f.id = of_fund AND (subscription_covers(su, f.code, 'company_quarterly_metrics')
                                              OR subscription_covers(su, f.code, 'company_reporting')))
$$;

-- Whether the caller of the companies API sees a company of this publisher and fund: a publisher
-- its own, a subscriber what the function above allows, staff (neither given) everything.
CREATE OR REPLACE FUNCTION sees_company_reporting(viewer_publisher TEXT, viewer_subscriber TEXT,
                                                  of_publisher BIGINT, of_fund BIGINT) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN viewer_publisher IS NOT NULL
                THEN EXISTS (SELECT 1 FROM publisher p WHERE p.id = of_publisher AND p.code = viewer_publisher)
                WHEN viewer_subscriber IS NOT NULL
                THEN subscriber_sees_company_reporting(viewer_subscriber, of_fund)
                ELSE true END
$$;

-- The active subscriptions an active subscriber holds with a fund's publisher, with the fund's
-- code: where a subscriber's view of a fund's figures starts; each caller then asks what they must
-- cover (the performance API: a record type performance reads and the investor; the cohorts API:
-- the fund).
CREATE OR REPLACE FUNCTION fund_subscriptions(viewer_subscriber TEXT, of_fund BIGINT)
    RETURNS TABLE (subscription subscription, fund_code TEXT)
LANGUAGE sql STABLE AS $$
    SELECT su, f.code
      FROM fund f
      JOIN subscription su ON su.publisher_id = f.publisher_id AND su.status = 'active'
      JOIN subscriber s ON s.id = su.subscriber_id AND s.code = viewer_subscriber AND s.status = 'active'
     WHERE f.id = of_fund
$$;

-- Whether the caller of the performance API sees a snapshot of this publisher's fund, of the
-- whole fund (investor '') or of one investor: a publisher its own funds; a subscriber, through
-- an active subscription to the fund that takes in a record performance reads (calls,
-- distributions, statements), the fund's figures and those of the investors it represents only;
-- staff (neither given) everything.
CREATE OR REPLACE FUNCTION sees_performance(viewer_publisher TEXT, viewer_subscriber TEXT, of_publisher BIGINT,
                                            of_fund BIGINT, of_investor TEXT) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN viewer_publisher IS NOT NULL
                THEN EXISTS (SELECT 1 FROM publisher p WHERE p.id = of_publisher AND p.code = viewer_publisher)
                WHEN viewer_subscriber IS NOT NULL
                THEN EXISTS (SELECT 1
                               FROM fund_subscriptions(viewer_subscriber, of_fund) fs
                              WHERE (subscription_covers(fs.subscription, fs.fund_code, 'capital_call')
                                     OR subscription_covers(fs.subscription, fs.fund_code, 'distribution')
                                     OR subscription_covers(fs.subscription, fs.fund_code, 'capital_account_statement'))
                                AND (of_investor = '' OR (fs.subscription).investor_scope = 'all'
                                     OR EXISTS (SELECT 1 FROM subscription_investor si
                                                 WHERE si.subscription_id = (fs.subscription).id
                                                   AND si.investor_code = of_investor)))
                ELSE true END
$$;

-- Whether the caller sees a company's revenue-share terms and cohort cashflows (seed 002): a
-- publisher its own companies; a subscriber those of a fund one of its active subscriptions covers
-- (fund-level figures, no investor lines, so whatever record types it takes); staff everything.
-- The customers' payments themselves are the publisher's and staff's only: their operations take no LP scope.
CREATE OR REPLACE FUNCTION sees_cohorts(viewer_publisher TEXT, viewer_subscriber TEXT, of_publisher BIGINT,
                                        of_fund BIGINT) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN viewer_publisher IS NOT NULL
                THEN EXISTS (SELECT 1 FROM publisher p WHERE p.id = of_publisher AND p.code = viewer_publisher)
                WHEN viewer_subscriber IS NOT NULL
                THEN EXISTS (SELECT 1
                               FROM fund_subscriptions(viewer_subscriber, of_fund) fs
                              WHERE cardinality((fs.subscription).fund_codes) = 0
                                 OR fs.fund_code = ANY ((fs.subscription).fund_codes))
                ELSE true END
$$;
