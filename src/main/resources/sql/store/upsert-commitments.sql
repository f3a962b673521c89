-- Keeps the latest commitment a capital call reported per investor and fund.
INSERT INTO commitment (fund_id, investor_id, amount, as_of_date)
SELECT :#fundId, i.id, s.commitment, :#noticeDate
  FROM staged_allocation s
  JOIN investor i ON i.publisher_id = :#publisherId AND i.code = s.investor_code
 WHERE s.submission_id = :#submissionId AND s.commitment IS NOT NULL
ON CONFLICT (fund_id, investor_id) DO UPDATE
   SET amount = EXCLUDED.amount, as_of_date = EXCLUDED.as_of_date, updated_at = now()
 WHERE commitment.as_of_date <= EXCLUDED.as_of_date
