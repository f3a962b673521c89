-- Sets whom a subscription represents (docs/api.md, "Admin"), with an audit event holding the
-- investors before and after. Records stored from now on are delivered by the new list;
-- deliveries already queued keep the lines they were queued with (R__entitlement.sql); the pull
-- API answers by the new list at once. No row: no such subscription.
WITH before AS (
    SELECT su.id, su.publisher_id,
           investors_document(su.publisher_id, su.investor_scope, subscription_investor_codes(su.id)) -> 'investors'
               AS investors
      FROM subscription su
     WHERE su.id::text = :#${header.id}
       FOR UPDATE
), given AS (
    SELECT ARRAY(SELECT DISTINCT code FROM jsonb_array_elements_text(CAST(:#investorCodes AS jsonb)) AS code
                  ORDER BY code) AS codes
), changed AS (
    UPDATE subscription su
       SET investor_scope = :#investorScope
      FROM before
     WHERE su.id = before.id
    RETURNING su.id
), removed AS (
    DELETE FROM subscription_investor si
     USING before, given
     WHERE si.subscription_id = before.id AND si.investor_code <> ALL (given.codes)
), added AS (
    INSERT INTO subscription_investor (subscription_id, investor_code)
    SELECT before.id, code
      FROM before, given, unnest(given.codes) AS code
    ON CONFLICT DO NOTHING
), after AS (
    SELECT before.id, before.investors AS previous,
           investors_document(before.publisher_id, CAST(:#investorScope AS text), given.codes) AS document
      FROM before, given
), audited AS (
    INSERT INTO audit_event (stage, actor, detail)
    SELECT 'subscription_investors_changed', :#${exchangeProperty.actor},
           jsonb_build_object('subscription', id, 'before', previous, 'after', document -> 'investors')
      FROM after
)
SELECT (jsonb_build_object('id', id, 'previousInvestors', previous) || document)::text AS document
  FROM after
