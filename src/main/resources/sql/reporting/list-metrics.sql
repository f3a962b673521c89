-- The quarterly reporting metrics of the company quarters the caller sees, filtered and paged as
-- the financials are (company_quarters_page, R__reporting_pages.sql); a page ends with the
-- cursor of the next. Metrics are stored as exact text; notAvailable gives the reason of each
-- null one. Both rows of a quarter are written in one transaction, so each page row has metrics.
WITH page AS (
    SELECT r.id, json_build_object(
             'publisher', p.code, 'fund', fu.code, 'company', r.company_code,
             'periodEnd', r.period_end,
             'reportingYear', extract(year FROM r.period_end)::int,
             'reportingQuarter', extract(quarter FROM r.period_end)::int,
             'fiscalYear', r.fiscal_year, 'fiscalQuarter', r.fiscal_quarter,
             'view', r.view, 'currency', r.currency,
             'metrics', m.metrics, 'notAvailable', m.not_available,
             'computedFrom', json_build_object(
                 'records', (SELECT json_agg(json_build_object('record', n.public_id, 'version', s.version,
                                                               'periodEnd', n.notice_date) ORDER BY n.notice_date)
                               FROM unnest(m.source_notice_ids, m.source_versions) AS s (notice_id, version)
                               JOIN notice n ON n.id = s.notice_id),
                 'fxRates', to_json(m.fx_rate_ids),
                 'companyVersion', m.company_version),
             'computedAt', m.computed_at) AS document
      FROM company_quarters_page(CAST(:#viewerPublisher AS text), CAST(:#viewerSubscriber AS text),
                                 CAST(:#publisher AS text), CAST(:#company AS text), CAST(:#fund AS text),
                                 CAST(:#year AS int), CAST(:#quarter AS int), CAST(:#view AS text),
                                 CAST(:#after AS bigint), CAST(:#limit AS int)) r
      JOIN company_reporting_metrics m ON m.financials_id = r.id
      JOIN publisher p ON p.id = r.publisher_id
      JOIN fund fu ON fu.id = r.fund_id
)
SELECT json_build_object(
         'items', COALESCE(json_agg(p.document ORDER BY p.id), '[]'::json),
         'nextCursor', CASE WHEN count(*) = CAST(:#limit AS int) THEN CAST(max(p.id) AS text) END)::text
  FROM page p
