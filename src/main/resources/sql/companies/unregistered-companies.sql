-- Companies that current company-metrics records name (a line's key is its companyId) but their
-- publisher has not registered, for the funds the caller sees: what to register before the
-- reporting computed from the metrics can say which fund, currency and year end they have.
SELECT COALESCE(json_agg(json_build_object('publisher', u.publisher, 'fund', u.fund, 'code', u.code,
                                           'name', u.name, 'records', u.records,
                                           'latestPeriodEnd', u.latest_period_end)
                         ORDER BY u.publisher, u.fund, u.code), '[]'::json)::text
  FROM (SELECT p.code AS publisher, f.code AS fund, l.line_key AS code,
               (array_agg(l.content ->> 'companyName' ORDER BY n.notice_date DESC)
                  FILTER (WHERE l.content ->> 'companyName' IS NOT NULL))[1] AS name,
               count(*) AS records, max(n.notice_date) AS latest_period_end
          FROM notice n
          JOIN record_line l ON l.notice_id = n.id
          JOIN publisher p ON p.id = n.publisher_id
          JOIN fund f ON f.id = n.fund_id
         WHERE n.record_type = 'company_quarterly_metrics' AND n.superseded_at IS NULL
           AND sees_company_reporting(CAST(:#viewerPublisher AS text), CAST(:#viewerSubscriber AS text), n.publisher_id, n.fund_id)
           AND NOT EXISTS (SELECT 1 FROM company c WHERE c.publisher_id = n.publisher_id AND c.code = l.line_key)
         GROUP BY p.code, f.code, l.line_key) u
