-- How far a submission's processing has come (IngestProgress): the latest figures, written again
-- each interval while it runs, and once more with finished_at when it ends. A new attempt starts over.
INSERT INTO submission_progress (submission_id, stage, bytes_read, bytes_total, rows_read, started_at, read_at,
                                 finished_at, updated_at)
VALUES (:submissionId, :stage, :bytesRead, :bytesTotal, :rowsRead, CAST(:startedAt AS timestamptz),
        CAST(:readAt AS timestamptz), CAST(:finishedAt AS timestamptz), now())
ON CONFLICT (submission_id) DO UPDATE
   SET stage = EXCLUDED.stage, bytes_read = EXCLUDED.bytes_read, bytes_total = EXCLUDED.bytes_total,
       rows_read = EXCLUDED.rows_read, started_at = EXCLUDED.started_at, read_at = EXCLUDED.read_at,
       finished_at = EXCLUDED.finished_at, updated_at = now()
