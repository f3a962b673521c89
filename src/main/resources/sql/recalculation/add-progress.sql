-- What one hub computed (and what failed) since it last said, added to the queue's run; the first
-- since the last run ended starts a new one.
INSERT INTO recalculation_progress (queue, started_at, done, failed, updated_at)
VALUES (:queue, now(), :done, :failed, now())
ON CONFLICT (queue) DO UPDATE
   SET started_at = CASE WHEN recalculation_progress.finished_at IS NULL THEN recalculation_progress.started_at
                         ELSE now() END,
       done = CASE WHEN recalculation_progress.finished_at IS NULL THEN recalculation_progress.done ELSE 0 END
              + EXCLUDED.done,
       failed = CASE WHEN recalculation_progress.finished_at IS NULL THEN recalculation_progress.failed ELSE 0 END
                + EXCLUDED.failed,
       finished_at = NULL,
       updated_at = now()
