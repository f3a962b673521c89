INSERT INTO distribution_allocation (notice_id, investor_id, investor_name, source_row, return_of_capital, realized_gain,
                                     dividends_interest, withholding_tax, recallable, amount)
SELECT :#${header.noticeId}, i.id, s.investor_name, s.source_row, s.return_of_capital, s.realized_gain,
       s.dividends_interest, s.withholding_tax, s.recallable, s.amount
  FROM staged_allocation s
  JOIN investor i ON i.publisher_id = :#publisherId AND i.code = s.investor_code
 WHERE s.submission_id = :#submissionId AND s.record_no = :#recordNo
