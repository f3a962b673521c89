-- A page of a company's payments, optionally of one cohort month and one calendar month they were
-- paid in (the payments behind a period of the cohort cashflows), in the order they were stored.
SELECT json_build_object(
         'items', COALESCE(json_agg(cohort_payment_document(page.payment) ORDER BY page.id)
                             FILTER (WHERE page.n <= :#limit), '[]'),
         'nextCursor', CASE WHEN count(*) > :#limit THEN (max(page.id) FILTER (WHERE page.n <= :#limit))::text END
       )::text AS document
  FROM (SELECT p AS payment, p.id, row_number() OVER (ORDER BY p.id) AS n
          FROM cohort_payment p
         WHERE p.company_id = :#company
           AND (CAST(:#cohortMonth AS date) IS NULL OR p.cohort_month = CAST(:#cohortMonth AS date))
           AND (CAST(:#paidIn AS date) IS NULL
                OR p.payment_date >= CAST(:#paidIn AS date) AND p.payment_date < CAST(:#paidIn AS date) + interval '1 month')
           AND p.id > COALESCE(CAST(:#after AS bigint), 0)
         ORDER BY p.id
         LIMIT :#limit + 1) AS page
