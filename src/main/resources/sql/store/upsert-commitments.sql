-- Keeps the latest commitment a capital call reported per investor and fund.
INSERT INTO commitment (fund_id, investor_id, amount, as_of_date)
SELECT :#fundId, i.id, CAST(:#commitment AS numeric), :#noticeDate
  FROM investor i
 WHERE i.publisher_id = :#publisherId AND i.code = :#investorCode
   AND CAST(:#commitment AS numeric) IS NOT NULL
ON CONFLICT (fund_id, investor_id) DO UPDATE
   SET amount = EXCLUDED.amount, as_of_date = EXCLUDED.as_of_date, updated_at = now()
 WHERE commitment.as_of_date <= EXCLUDED.as_of_date
