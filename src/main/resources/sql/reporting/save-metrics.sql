-- One company quarter's metrics in one view, beside its financials row: written only when a
-- metric, a reason or the lineage changed. Returns a row when written.
INSERT INTO company_reporting_metrics AS m (financials_id, metrics, not_available, source_notice_ids,
                                            source_versions, fx_rate_ids, company_version)
SELECT f.id, CAST(:#metrics AS jsonb), CAST(:#notAvailable AS jsonb), CAST(:#noticeIds AS bigint[]),
       CAST(:#versions AS int[]), CAST(:#fxRateIds AS bigint[]), CAST(:#companyVersion AS int)
  FROM company_financials f
 WHERE f.publisher_id = :#publisherId AND f.fund_id = :#fundId AND f.company_code = :#companyCode
   AND f.period_end = CAST(:#periodEnd AS date) AND f.view = :#view
ON CONFLICT (financials_id) DO UPDATE
   SET metrics = EXCLUDED.metrics, not_available = EXCLUDED.not_available,
       source_notice_ids = EXCLUDED.source_notice_ids, source_versions = EXCLUDED.source_versions,
       fx_rate_ids = EXCLUDED.fx_rate_ids, company_version = EXCLUDED.company_version, computed_at = now()
 WHERE (m.metrics, m.not_available, m.source_notice_ids, m.source_versions, m.fx_rate_ids, m.company_version)
       IS DISTINCT FROM
       (EXCLUDED.metrics, EXCLUDED.not_available, EXCLUDED.source_notice_ids, EXCLUDED.source_versions,
        EXCLUDED.fx_rate_ids, EXCLUDED.company_version)
RETURNING m.financials_id
