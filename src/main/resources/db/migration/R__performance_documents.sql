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
