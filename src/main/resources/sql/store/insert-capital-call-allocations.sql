INSERT INTO capital_call_allocation (notice_id, investor_id, source_row, commitment, investments,
                                     management_fees, fund_expenses, other_amount, amount, unfunded_after)
SELECT n.id, i.id, :#sourceRow, CAST(:#commitment AS numeric), :#investments,
       :#managementFees, :#fundExpenses, :#other, :#amount, CAST(:#unfundedAfter AS numeric)
  FROM notice n, investor i
 WHERE n.public_id = :#noticePublicId
   AND i.publisher_id = :#publisherId AND i.code = :#investorCode
