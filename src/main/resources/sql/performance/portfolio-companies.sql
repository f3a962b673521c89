-- A fund's companies as its portfolio aggregations read them (performance/PortfolioAnalytics):
-- each company registered in the fund or reporting for it, with its reference data (status null
-- when not registered).
SELECT codes.code, c.reporting_status, c.sector, c.stage
  FROM (SELECT code FROM company WHERE publisher_id = :#publisherId AND fund_id = :#fundId
        UNION
        SELECT company_code FROM company_financials WHERE publisher_id = :#publisherId AND fund_id = :#fundId) codes
  LEFT JOIN company c ON c.publisher_id = :#publisherId AND c.code = codes.code
 ORDER BY codes.code
