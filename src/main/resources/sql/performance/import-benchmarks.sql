-- An administrator's benchmark rows (a JSON array read by performance/BenchmarkFiles), each
-- replacing the figures of the same provider, cohort and as-of date; answers how many were stored.
WITH stored AS (
    INSERT INTO benchmark (provider, vintage_year, strategy, geography, as_of, cohort_size, irr_upper_quartile,
                           irr_median, irr_lower_quartile, tvpi_upper_quartile, tvpi_median, tvpi_lower_quartile,
                           imported_by)
    SELECT r.provider, r.vintage_year, r.strategy, r.geography, r.as_of, r.cohort_size, r.irr_upper_quartile,
           r.irr_median, r.irr_lower_quartile, r.tvpi_upper_quartile, r.tvpi_median, r.tvpi_lower_quartile,
           CAST(:#actor AS text)
      FROM json_to_recordset(CAST(:#rows AS json)) AS r (provider text, vintage_year int, strategy text,
             geography text, as_of date, cohort_size int, irr_upper_quartile numeric, irr_median numeric,
             irr_lower_quartile numeric, tvpi_upper_quartile numeric, tvpi_median numeric,
             tvpi_lower_quartile numeric)
    ON CONFLICT (provider, vintage_year, strategy, geography, as_of) DO UPDATE
       SET cohort_size = EXCLUDED.cohort_size, irr_upper_quartile = EXCLUDED.irr_upper_quartile,
           irr_median = EXCLUDED.irr_median, irr_lower_quartile = EXCLUDED.irr_lower_quartile,
           tvpi_upper_quartile = EXCLUDED.tvpi_upper_quartile, tvpi_median = EXCLUDED.tvpi_median,
           tvpi_lower_quartile = EXCLUDED.tvpi_lower_quartile, imported_at = now(), imported_by = EXCLUDED.imported_by
    RETURNING 1
)
SELECT json_build_object('imported', count(*))::text FROM stored
