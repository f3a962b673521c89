-- Gives committed records their place in the LP feed, oldest first. One sequencer at a time
-- (a transaction-scoped advisory lock; a caller that does not get it does nothing, the holder or
-- the next run takes its records), so every number given is above every number already visible.
WITH turn AS MATERIALIZED (
    SELECT pg_try_advisory_xact_lock(hashtextextended('pmdc-feed-sequencer', 0)) AS mine
), next AS (
    SELECT n.id
      FROM notice n, turn
     WHERE turn.mine AND n.feed_seq IS NULL
     ORDER BY n.id
     LIMIT 10000
)
UPDATE notice n
   SET feed_seq = nextval('notice_feed_seq')
  FROM next
 WHERE n.id = next.id
