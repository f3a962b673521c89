-- The reference data a company's metrics use (enterprise value, its multiples), if registered.
SELECT reporting_currency, post_money_valuation, equity_raised, version
  FROM company
 WHERE publisher_id = :#publisherId AND code = :#companyCode
