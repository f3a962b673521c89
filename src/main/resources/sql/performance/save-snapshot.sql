-- One snapshot (fund or investor, as of a date), written only when a figure, a reason or the
-- records it read changed; answers its id when it was written.
INSERT INTO performance_snapshot (publisher_id, fund_id, investor_code, as_of, currency, figures, not_available,
                                  nav_statement_date, irr_roots, schedule_date, companies, analytics,
                                  source_notice_ids, source_versions)
VALUES (:#publisherId, :#fundId, :#investor, CAST(:#asOf AS date), :#currency, CAST(:#figures AS jsonb),
        CAST(:#notAvailable AS jsonb), CAST(:#navStatementDate AS date), CAST(:#irrRoots AS jsonb),
        CAST(:#scheduleDate AS date), CAST(:#companies AS jsonb), CAST(:#analytics AS jsonb),
        CAST(:#noticeIds AS bigint[]),
        CAST(:#versions AS int[]))
ON CONFLICT (fund_id, investor_code, as_of) DO UPDATE
   SET currency = EXCLUDED.currency, figures = EXCLUDED.figures, not_available = EXCLUDED.not_available,
       nav_statement_date = EXCLUDED.nav_statement_date, irr_roots = EXCLUDED.irr_roots,
       schedule_date = EXCLUDED.schedule_date, companies = EXCLUDED.companies,
       analytics = EXCLUDED.analytics, source_notice_ids = EXCLUDED.source_notice_ids, source_versions = EXCLUDED.source_versions,
       computed_at = now()
 WHERE (performance_snapshot.currency, performance_snapshot.figures, performance_snapshot.not_available,
        performance_snapshot.nav_statement_date, performance_snapshot.irr_roots, performance_snapshot.schedule_date,
        performance_snapshot.companies, performance_snapshot.analytics, performance_snapshot.source_notice_ids,
        performance_snapshot.source_versions)
       IS DISTINCT FROM (EXCLUDED.currency, EXCLUDED.figures, EXCLUDED.not_available, EXCLUDED.nav_statement_date,
                         EXCLUDED.irr_roots, EXCLUDED.schedule_date, EXCLUDED.companies, EXCLUDED.analytics,
                         EXCLUDED.source_notice_ids,
                         EXCLUDED.source_versions)
RETURNING id
