-- The quarterly reporting metrics the caller sees (sees_company_reporting), filtered as the
-- financials are, by company and quarter; a page ends with the cursor of the next. Metrics are
-- stored as exact text; notAvailable gives the reason of each null one.
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
      FROM company_reporting_metrics m
      JOIN company_financials r ON r.id = m.financials_id
      JOIN publisher p ON p.id = r.publisher_id
      JOIN fund fu ON fu.id = r.fund_id
     WHERE sees_company_reporting(CAST(:#viewerPublisher AS text), CAST(:#viewerSubscriber AS text), r.publisher_id, r.fund_id)
       AND (CAST(:#publisher AS text) IS NULL OR p.code = CAST(:#publisher AS text))
       AND (CAST(:#company AS text) IS NULL OR r.company_code = CAST(:#company AS text))
       AND (CAST(:#fund AS text) IS NULL OR fu.code = CAST(:#fund AS text))
       AND (CAST(:#year AS int) IS NULL OR extract(year FROM r.period_end) = CAST(:#year AS int))
       AND (CAST(:#quarter AS int) IS NULL OR extract(quarter FROM r.period_end) = CAST(:#quarter AS int))
       AND (CAST(:#view AS text) IS NULL OR r.view = CAST(:#view AS text))
       AND (CAST(:#after AS bigint) IS NULL OR r.id > CAST(:#after AS bigint))
     ORDER BY r.id
     LIMIT CAST(:#limit AS int)
)
SELECT json_build_object(
         'items', COALESCE(json_agg(p.document ORDER BY p.id), '[]'::json),
         'nextCursor', CASE WHEN count(*) = CAST(:#limit AS int) THEN CAST(max(p.id) AS text) END)::text
  FROM page p
