-- Seed 003's metrics input: each company quarter of the current company-metrics records the caller
-- sees (sees_company_reporting), as published (amounts exact text), with the record, version and
-- row it came from. The cursor is the line's position: notice id × 2^31 + source row (an INT), so
-- pages follow the order the lines were stored in and never skip or repeat a line.
WITH page AS (
    SELECT n.id * 2147483648 + l.source_row AS position, json_build_object(
             'publisher', p.code, 'fund', fu.code, 'company', l.content->>'companyId',
             'companyName', l.content->>'companyName',
             'periodEnd', n.notice_date,
             'reportingYear', extract(year FROM n.notice_date)::int,
             'reportingQuarter', extract(quarter FROM n.notice_date)::int,
             'fiscalYear', (l.content->>'fiscalYear')::int, 'fiscalQuarter', (l.content->>'fiscalQuarter')::int,
             'currency', l.content->>'currency',
             'totalRevenue', l.content->>'totalRevenue', 'recurringRevenue', l.content->>'recurringRevenue',
             'grossProfit', l.content->>'grossProfit', 'salesMarketingExpense', l.content->>'salesMarketingExpense',
             'totalOperatingExpense', l.content->>'totalOperatingExpense', 'ebitda', l.content->>'ebitda',
             'netIncome', l.content->>'netIncome', 'cashBurn', l.content->>'cashBurn',
             'cashBalance', l.content->>'cashBalance', 'debtOutstanding', l.content->>'debtOutstanding',
             'employees', (l.content->>'employees')::int, 'customers', (l.content->>'customers')::int,
             'record', n.public_id, 'version', n.version, 'sourceRow', l.source_row,
             'submission', s.public_id, 'storedAt', n.created_at) AS document
      FROM notice n
      JOIN record_line l ON l.notice_id = n.id
      JOIN publisher p ON p.id = n.publisher_id
      JOIN fund fu ON fu.id = n.fund_id
      JOIN submission s ON s.id = n.submission_id
     WHERE n.record_type = 'company_quarterly_metrics' AND n.superseded_at IS NULL
       AND sees_company_reporting(CAST(:#viewerPublisher AS text), CAST(:#viewerSubscriber AS text), n.publisher_id, n.fund_id)
       AND (CAST(:#publisher AS text) IS NULL OR p.code = CAST(:#publisher AS text))
       AND (CAST(:#company AS text) IS NULL OR l.line_key = CAST(:#company AS text))
       AND (CAST(:#fund AS text) IS NULL OR fu.code = CAST(:#fund AS text))
       AND (CAST(:#year AS int) IS NULL OR extract(year FROM n.notice_date) = CAST(:#year AS int))
       AND (CAST(:#quarter AS int) IS NULL OR extract(quarter FROM n.notice_date) = CAST(:#quarter AS int))
       AND (CAST(:#from AS date) IS NULL OR n.notice_date >= CAST(:#from AS date))
       AND (CAST(:#to AS date) IS NULL OR n.notice_date <= CAST(:#to AS date))
       AND (CAST(:#after AS bigint) IS NULL
            OR (n.id, l.source_row) > (CAST(:#after AS bigint) / 2147483648, CAST(:#after AS bigint) % 2147483648))
     ORDER BY n.id, l.source_row
     LIMIT CAST(:#limit AS int)
)
SELECT json_build_object(
         'items', COALESCE(json_agg(p.document ORDER BY p.position), '[]'::json),
         'nextCursor', CASE WHEN count(*) = CAST(:#limit AS int) THEN CAST(max(p.position) AS text) END)::text
  FROM page p
