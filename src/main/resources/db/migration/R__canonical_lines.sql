-- The lines of a record as canonical JSON, in source row order: what an LP receives under
-- "allocations" (notices) or "lines" (reports). Amounts are strings with the currency's minor
-- units ("1250000.00"), so no consumer parses them into floating point; absent optional values are
-- left out. A report's lines are stored in this form already.
-- only_investors: the lines of these investors only (a subscriber's, R__entitlement.sql); NULL: all.
-- Repeatable migration: edit it in place, Flyway re-applies it when it changes.
DROP FUNCTION IF EXISTS canonical_allocations(BIGINT);
DROP FUNCTION IF EXISTS canonical_lines(BIGINT);
DROP FUNCTION IF EXISTS line_count(BIGINT);
-- Each line of a record as canonical JSON with the source row it was read from (its lineage).
CREATE OR REPLACE FUNCTION canonical_line_rows(of_notice BIGINT, only_investors TEXT[])
RETURNS TABLE (source_row INT, doc json)
LANGUAGE sql STABLE AS $$
    SELECT c.source_row,
           json_strip_nulls(json_build_object(
               'investorId', i.code,
               'investorName', c.investor_name,
               'investments', round(c.investments, n.minor_units)::text,
               'managementFees', round(c.management_fees, n.minor_units)::text,
               'fundExpenses', round(c.fund_expenses, n.minor_units)::text,
               'other', round(c.other_amount, n.minor_units)::text,
               'amount', round(c.amount, n.minor_units)::text,
               'commitment', round(c.commitment, n.minor_units)::text,
               'unfundedAfter', round(c.unfunded_after, n.minor_units)::text)) AS doc
      FROM capital_call_allocation c
      JOIN notice n ON n.id = c.notice_id
      JOIN investor i ON i.id = c.investor_id
     WHERE c.notice_id = of_notice
       AND (only_investors IS NULL OR i.code = ANY (only_investors))
    UNION ALL
    SELECT d.source_row,
           json_strip_nulls(json_build_object(
               'investorId', i.code,
               'investorName', d.investor_name,
               'returnOfCapital', round(d.return_of_capital, n.minor_units)::text,
               'realizedGain', round(d.realized_gain, n.minor_units)::text,
               'dividendsInterest', round(d.dividends_interest, n.minor_units)::text,
               'withholdingTax', round(d.withholding_tax, n.minor_units)::text,
               'recallable', round(d.recallable, n.minor_units)::text,
               'amount', round(d.amount, n.minor_units)::text)) AS doc
      FROM distribution_allocation d
      JOIN notice n ON n.id = d.notice_id
      JOIN investor i ON i.id = d.investor_id
     WHERE d.notice_id = of_notice
       AND (only_investors IS NULL OR i.code = ANY (only_investors))
    UNION ALL
    SELECT l.source_row, l.content
      FROM record_line l
     WHERE l.notice_id = of_notice
       -- Only a statement is ever filtered, and its line key is the investor's code.
       AND (only_investors IS NULL OR l.line_key = ANY (only_investors))
$$;

-- PL/pgSQL so that a connection plans it once, not in every statement that calls it.
CREATE OR REPLACE FUNCTION canonical_lines(of_notice BIGINT, only_investors TEXT[]) RETURNS json
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT COALESCE(json_agg(l.doc ORDER BY l.source_row), '[]'::json)
              FROM canonical_line_rows(of_notice, only_investors) l);
END
$$;

-- How many lines a record has, whatever its type; with only_investors, how many of theirs
-- (represented_investors lists only investors with a line, each at most once per record).
CREATE OR REPLACE FUNCTION line_count(of_notice BIGINT, only_investors TEXT[]) RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN only_investors IS NOT NULL THEN cardinality(only_investors)
                ELSE (SELECT count(*) FROM capital_call_allocation WHERE notice_id = of_notice)
                   + (SELECT count(*) FROM distribution_allocation WHERE notice_id = of_notice)
                   + (SELECT count(*) FROM record_line WHERE notice_id = of_notice) END
$$;
