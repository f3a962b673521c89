SELECT COALESCE(json_agg(json_build_object('publisher', p.code, 'code', f.code, 'name', f.name,
                                             'currency', f.currency, 'vintageYear', f.vintage_year,
                                             'strategy', f.strategy, 'geography', f.geography,
                                             'targetSize', f.target_size::text,
                                             'multiCurrency', f.multi_currency)
                          ORDER BY p.code, f.code), '[]'::json)::text
  FROM fund f JOIN publisher p ON p.id = f.publisher_id
 WHERE CAST(:#${header.publisher} AS text) IS NULL OR p.code = CAST(:#${header.publisher} AS text)
