-- Each recalculation queue as GET /api/v1/recalculations shows it (R__progress.sql, recalculation_status).
SELECT json_agg(json_build_object(
           'queue', queue, 'pending', pending, 'due', due, 'running', running,
           'startedAt', started_at, 'done', done, 'failed', failed, 'updatedAt', updated_at,
           'finishedAt', finished_at, 'secondsLeft', seconds_left, 'secondsLeftReason', seconds_left_reason)
       ORDER BY queue)::text
  FROM recalculation_status
