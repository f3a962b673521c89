-- A performance snapshot as the performance API answers it (PerformanceApiBodies.Snapshot): one
-- definition for every list. Figures exact text; computedFrom the records (and versions) read.
-- Repeatable migration: edit it in place, Flyway re-applies it when it changes.
CREATE OR REPLACE FUNCTION performance_document(s performance_snapshot) RETURNS json
LANGUAGE sql STABLE AS $$
    SELECT json_build_object(
             'publisher', (SELECT p.code FROM publisher p WHERE p.id = s.publisher_id),
             'fund', (SELECT f.code FROM fund f WHERE f.id = s.fund_id),
             'investor', NULLIF(s.investor_code, ''),
             'asOf', s.as_of, 'currency', s.currency,
             'figures', s.figures, 'notAvailable', s.not_available,
             'navStatementDate', s.nav_statement_date, 'irrRoots', s.irr_roots,
             'scheduleDate', s.schedule_date, 'companies', s.companies,
             'computedFrom', (SELECT COALESCE(json_agg(json_build_object('record', n.public_id, 'version', r.version,
                                                                         'recordType', n.record_type,
                                                                         'date', n.notice_date)
                                                       ORDER BY n.notice_date, n.id), '[]'::json)
                                FROM unnest(s.source_notice_ids, s.source_versions) AS r (notice_id, version)
                                JOIN notice n ON n.id = r.notice_id),
             'computedAt', s.computed_at)
$$;

-- A fund snapshot's portfolio aggregations as one of seed 004's portfolio-analytics answers
-- (PerformanceApiBodies.Portfolio*): part 'overview', 'rankings' or 'risk-analysis'.
CREATE OR REPLACE FUNCTION portfolio_document(s performance_snapshot, part TEXT) RETURNS json
LANGUAGE sql STABLE AS $$
    SELECT (jsonb_build_object(
             'publisher', (SELECT p.code FROM publisher p WHERE p.id = s.publisher_id),
             'fund', (SELECT f.code FROM fund f WHERE f.id = s.fund_id),
             'asOf', s.as_of, 'currency', s.currency)
           || CASE part
                WHEN 'overview' THEN jsonb_build_object(
                    'companiesByStatus', s.analytics->'companiesByStatus',
                    'sectorDistribution', s.analytics->'sectorDistribution',
                    'stageDistribution', s.analytics->'stageDistribution',
                    'ttmRevenue', s.analytics->'ttmRevenue', 'averageGrowth', s.analytics->'averageGrowth',
                    'medianMonthlyBurn', s.analytics->'medianMonthlyBurn',
                    'averageRunwayMonths', s.analytics->'averageRunwayMonths',
                    'medianGrossMargin', s.analytics->'medianGrossMargin',
                    'companiesAtRisk', s.analytics->'companiesAtRisk',
                    'highBurnCompanies', s.analytics->'highBurnCompanies')
                WHEN 'rankings' THEN jsonb_build_object('rankings', s.analytics->'rankings')
                ELSE jsonb_build_object(
                    'concentration', s.analytics->'concentration',
                    'companiesAtRisk', s.analytics->'companiesAtRisk',
                    'highBurnCompanies', s.analytics->'highBurnCompanies',
                    'averageRunwayMonths', s.analytics->'averageRunwayMonths',
                    'medianMonthlyBurn', s.analytics->'medianMonthlyBurn') END
           || jsonb_build_object('notAvailable', s.analytics->'notAvailable', 'computedAt', s.computed_at))::json
$$;

-- The cash flows and statement positions behind a snapshot (?explain=true): every allocation of
-- the calls and distributions it read up to its date (the investor's, or all for the fund), and
-- the ending NAV of each statement line it read, with the record each comes from.
CREATE OR REPLACE FUNCTION performance_cash_flows(s performance_snapshot) RETURNS json
LANGUAGE sql STABLE AS $$
    SELECT COALESCE(json_agg(f.flow ORDER BY f.flow_date, f.record), '[]'::json)
      FROM (SELECT n.value_date AS flow_date, n.public_id AS record,
                   json_build_object('date', n.value_date, 'kind', 'call', 'investor', i.code,
                                     'amount', (-a.amount)::text, 'record', n.public_id, 'version', n.version) AS flow
              FROM unnest(s.source_notice_ids) AS r (notice_id)
              JOIN notice n ON n.id = r.notice_id
              JOIN capital_call_allocation a ON a.notice_id = n.id
              JOIN investor i ON i.id = a.investor_id
             WHERE (s.investor_code = '' OR i.code = s.investor_code) AND n.value_date <= s.as_of
            UNION ALL
            SELECT COALESCE(n.value_date, n.notice_date), n.public_id,
                   json_build_object('date', COALESCE(n.value_date, n.notice_date), 'kind', 'distribution',
                                     'investor', i.code, 'amount', (d.amount + d.withholding_tax)::text,
                                     'record', n.public_id, 'version', n.version)
              FROM unnest(s.source_notice_ids) AS r (notice_id)
              JOIN notice n ON n.id = r.notice_id
              JOIN distribution_allocation d ON d.notice_id = n.id
              JOIN investor i ON i.id = d.investor_id
             WHERE (s.investor_code = '' OR i.code = s.investor_code)
               AND COALESCE(n.value_date, n.notice_date) <= s.as_of
            UNION ALL
            SELECT n.notice_date, n.public_id,
                   json_build_object('date', n.notice_date, 'kind', 'statement', 'investor', l.line_key,
                                     'endingNav', l.content->>'endingNav', 'record', n.public_id,
                                     'version', n.version)
              FROM unnest(s.source_notice_ids) AS r (notice_id)
              JOIN notice n ON n.id = r.notice_id AND n.record_type = 'capital_account_statement'
              JOIN record_line l ON l.notice_id = n.id
             WHERE s.investor_code = '' OR l.line_key = s.investor_code) f
$$;

-- The snapshots a caller of the performance API sees (sees_performance): of funds (scope 'fund')
-- or investors ('investors'), filtered by publisher, fund and investor, as of a date or each
-- one's latest (today's) without one, paged by id: one definition for every list of them.
CREATE OR REPLACE FUNCTION performance_snapshots_page(viewer_publisher TEXT, viewer_subscriber TEXT, scope TEXT,
                                                      of_publisher TEXT, of_fund TEXT, of_investor TEXT,
                                                      of_date DATE, after_id BIGINT, page_size INT)
RETURNS SETOF performance_snapshot
LANGUAGE sql STABLE AS $$
    SELECT s.*
      FROM performance_snapshot s
      JOIN publisher p ON p.id = s.publisher_id
      JOIN fund f ON f.id = s.fund_id
     WHERE sees_performance(viewer_publisher, viewer_subscriber, s.publisher_id, s.fund_id, s.investor_code)
       AND (scope = 'fund') = (s.investor_code = '')
       AND (of_publisher IS NULL OR p.code = of_publisher)
       AND (of_fund IS NULL OR f.code = of_fund)
       AND (of_investor IS NULL OR s.investor_code = of_investor)
       AND CASE WHEN of_date IS NOT NULL
                THEN s.as_of = of_date
                ELSE s.as_of = (SELECT max(l.as_of) FROM performance_snapshot l
                                 WHERE l.fund_id = s.fund_id AND l.investor_code = s.investor_code) END
       AND (after_id IS NULL OR s.id > after_id)
     ORDER BY s.id
     LIMIT page_size
$$;
