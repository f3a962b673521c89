-- The funds the caller sees (performance_snapshots_page at fund level), as of a date or each
-- one's latest, with their IRR and TVPI and, for each provider, its latest benchmark row on or
-- before that date for the fund's vintage year, strategy and geography (performance/Benchmarks
-- places them).
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
  FROM performance_snapshots_page(CAST(:#viewerPublisher AS text), CAST(:#viewerSubscriber AS text),
                                  CAST(:#scope AS text), CAST(:#publisher AS text), CAST(:#fund AS text),
                                  CAST(:#investor AS text), CAST(:#asOf AS date), CAST(:#after AS bigint),
                                  CAST(:#limit AS int)) s
  JOIN publisher p ON p.id = s.publisher_id
  JOIN fund f ON f.id = s.fund_id
 ORDER BY s.id
