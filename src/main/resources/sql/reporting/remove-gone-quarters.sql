-- A company's quarters that no current record gives any more (an amendment left the company out).
DELETE FROM company_financials f
 WHERE f.publisher_id = :#publisherId AND f.company_code = :#companyCode
   AND NOT EXISTS (SELECT 1
                     FROM notice n
                     JOIN record_line l ON l.notice_id = n.id AND l.line_key = f.company_code
                    WHERE n.id = f.source_notice_id AND n.superseded_at IS NULL)
