INSERT INTO capital_call_allocation (notice_id, investor_id, investor_name, source_row, commitment, investments,
                                     management_fees, fund_expenses, other_amount, amount, unfunded_after)
SELECT :#${header.noticeId}, i.id, s.investor_name, s.source_row, s.commitment, s.investments,
       s.management_fees, s.fund_expenses, s.other_amount, s.amount, s.unfunded_after
  FROM staged_allocation s
  JOIN investor i ON i.publisher_id = :#publisherId AND i.code = s.investor_code
 WHERE s.submission_id = :#submissionId AND s.record_no = :#recordNo
