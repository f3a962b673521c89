-- The company quarters (company_financials rows, one per quarter and view) that a caller of
-- GET /reporting and GET /metrics sees (sees_company_reporting), filtered and paged by id: one
-- definition for both lists, which build their items from it.
-- Repeatable migration: edit it in place, Flyway re-applies it when it changes (after
-- R__entitlement.sql, whose function it calls: repeatable migrations run in name order).
CREATE OR REPLACE FUNCTION company_quarters_page(viewer_publisher TEXT, viewer_subscriber TEXT, of_publisher TEXT,
                                                 of_company TEXT, of_fund TEXT, of_year INT, of_quarter INT,
                                                 of_view TEXT, after_id BIGINT, page_size INT)
RETURNS SETOF company_financials
LANGUAGE sql STABLE AS $$
    SELECT r.*
      FROM company_financials r
      JOIN publisher p ON p.id = r.publisher_id
      JOIN fund fu ON fu.id = r.fund_id
     WHERE sees_company_reporting(viewer_publisher, viewer_subscriber, r.publisher_id, r.fund_id)
       AND (of_publisher IS NULL OR p.code = of_publisher)
       AND (of_company IS NULL OR r.company_code = of_company)
       AND (of_fund IS NULL OR fu.code = of_fund)
       AND (of_year IS NULL OR extract(year FROM r.period_end) = of_year)
       AND (of_quarter IS NULL OR extract(quarter FROM r.period_end) = of_quarter)
       AND (of_view IS NULL OR r.view = of_view)
       AND (after_id IS NULL OR r.id > after_id)
     ORDER BY r.id
     LIMIT page_size
$$;
