-- The first date the hub holds a rate of a pair (null: it holds none).
SELECT min(rate_date) AS first FROM fx_rate WHERE base = :#base AND quote = :#quote
