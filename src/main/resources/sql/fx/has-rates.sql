-- Whether the hub holds any rate (the seed file is loaded only when it holds none).
SELECT EXISTS (SELECT 1 FROM fx_rate) AS has_rates
