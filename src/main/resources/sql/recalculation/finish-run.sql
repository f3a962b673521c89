-- A hub found nothing more due in the queue: the run has ended, unless another hub is still at a
-- request (its claim is not committed, so the request still shows as due here); that hub ends it.
UPDATE recalculation_progress
   SET finished_at = now(), updated_at = now()
 WHERE queue = :queue AND finished_at IS NULL
   AND NOT EXISTS (SELECT 1 FROM recalculation_backlog b WHERE b.queue = :queue AND b.not_before <= now())
