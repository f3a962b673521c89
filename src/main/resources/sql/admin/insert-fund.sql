INSERT INTO fund (publisher_id, code, name, currency, vintage_year, strategy, geography, target_size, multi_currency)
SELECT p.id, :#code, :#name, :#currency, CAST(:#vintageYear AS int), CAST(:#strategy AS text),
       CAST(:#geography AS text), CAST(:#targetSize AS numeric), :#multiCurrency
  FROM publisher p
 WHERE p.code = :#publisher
RETURNING json_build_object('publisher', CAST(:#publisher AS text), 'code', code, 'name', name,
                             'currency', currency, 'vintageYear', vintage_year, 'strategy', strategy,
                             'geography', geography, 'targetSize', target_size::text,
                             'multiCurrency', multi_currency,
                             'createdAt', created_at)::text AS document,
          '/api/v1/funds?publisher=' || CAST(:#publisher AS text) AS location
