INSERT INTO distribution_allocation (notice_id, investor_id, source_row, return_of_capital, realized_gain,
                                     dividends_interest, withholding_tax, recallable, amount)
SELECT n.id, i.id, :#sourceRow, :#returnOfCapital, :#realizedGain,
       :#dividendsInterest, :#withholdingTax, :#recallable, :#amount
  FROM notice n, investor i
 WHERE n.public_id = :#noticePublicId
   AND i.publisher_id = :#publisherId AND i.code = :#investorCode
