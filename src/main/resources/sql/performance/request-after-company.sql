-- A company's reporting was computed again (or its reference data saved): the funds it reports
-- for compute their portfolio aggregations again. Requests not yet taken are one per fund.
INSERT INTO performance_recalculation (fund_id, reason)
SELECT DISTINCT f.id, 'company ' || CAST(:#companyCode AS text) || ' computed'
  FROM fund f
 WHERE f.publisher_id = :#publisherId
   AND (EXISTS (SELECT 1 FROM company_financials r
                 WHERE r.publisher_id = f.publisher_id AND r.fund_id = f.id AND r.company_code = :#companyCode)
        OR EXISTS (SELECT 1 FROM company c
                    WHERE c.publisher_id = f.publisher_id AND c.fund_id = f.id AND c.code = :#companyCode))
ON CONFLICT (fund_id) DO UPDATE
   SET reason = EXCLUDED.reason, requested_at = now(), not_before = now(), attempts = 0, last_error = NULL
