-- The date of the latest rate stored (null: none), which the next fetch starts after.
SELECT CAST(max(rate_date) AS text) AS latest FROM fx_rate
