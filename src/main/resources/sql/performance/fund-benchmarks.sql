-- The funds the caller sees (sees_performance, at fund level), as of a date or each one's latest,
-- with their IRR and TVPI and, for each provider, its latest benchmark row on or before that
-- date for the fund's vintage year, strategy and geography (performance/Benchmarks places them).
SELECT s.id, p.code AS publisher, f.code AS fund, s.as_of, s.currency, f.vintage_year, f.strategy, f.geography,
       s.figures->>'irr' AS irr, s.not_available->>'irr' AS irr_reason,
       s.figures->>'tvpi' AS tvpi, s.not_available->>'tvpi' AS tvpi_reason,
       (SELECT COALESCE(json_agg(json_build_object('provider', b.provider, 'asOf', b.as_of,
                                                   'cohortSize', b.cohort_size,
                                                   'irr', json_build_array(b.irr_upper_quartile::text, b.irr_median::text,
                                                                           b.irr_lower_quartile::text),
                                                   'tvpi', json_build_array(b.tvpi_upper_quartile::text,
                                                                            b.tvpi_median::text,
                                                                            b.tvpi_lower_quartile::text))
                                 ORDER BY b.provider), '[]'::json)::text
          FROM (SELECT DISTINCT ON (provider) *
                  FROM benchmark
                 WHERE vintage_year = f.vintage_year AND strategy = f.strategy AND geography = f.geography
                   AND as_of <= s.as_of
                 ORDER BY provider, as_of DESC) b) AS benchmarks
  FROM performance_snapshot s
  JOIN publisher p ON p.id = s.publisher_id
  JOIN fund f ON f.id = s.fund_id
 WHERE s.investor_code = ''
   AND sees_performance(CAST(:#viewerPublisher AS text), CAST(:#viewerSubscriber AS text), s.publisher_id, s.fund_id, '')
   AND (CAST(:#publisher AS text) IS NULL OR p.code = CAST(:#publisher AS text))
   AND (CAST(:#fund AS text) IS NULL OR f.code = CAST(:#fund AS text))
   AND CASE WHEN CAST(:#asOf AS date) IS NOT NULL
            THEN s.as_of = CAST(:#asOf AS date)
            ELSE s.as_of = (SELECT max(l.as_of) FROM performance_snapshot l
                             WHERE l.fund_id = s.fund_id AND l.investor_code = '') END
   AND (CAST(:#after AS bigint) IS NULL OR s.id > CAST(:#after AS bigint))
 ORDER BY s.id
 LIMIT CAST(:#limit AS int)
