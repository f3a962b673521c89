-- Progress of long work as the API and the console show it (docs/api.md, "Progress"): what was
-- written while it ran (V32) and the estimates drawn from it. Repeatable migration: edit it in
-- place, Flyway re-applies it when it changes. An estimate that cannot be made is null with its
-- reason, never a made-up figure.

-- A submission being processed. While the pass reads, the rows of the whole input are estimated
-- from the bytes (rows read so far × total bytes ÷ bytes read); the time left is the reading left
-- at the pass's own pace plus checking and storing at the pace of this database's last ten long
-- submissions (seconds per row after their pass).
DROP VIEW IF EXISTS submission_progress_estimate;
CREATE VIEW submission_progress_estimate AS
WITH learned AS (
    SELECT avg(extract(epoch FROM finished_at - read_at) / rows_read) AS seconds_per_row
      FROM (SELECT p.finished_at, p.read_at, p.rows_read
              FROM submission_progress p
              JOIN submission s ON s.id = p.submission_id
             WHERE p.finished_at IS NOT NULL AND p.read_at IS NOT NULL AND p.rows_read > 0
               -- stored ones: a rejected file ends without storing
               AND s.status IN ('stored', 'partially_stored', 'unchanged')
             ORDER BY p.finished_at DESC
             LIMIT 10) recent
),
measured AS (
    SELECT p.*,
           CASE WHEN p.read_at IS NOT NULL THEN p.rows_read
                WHEN p.bytes_read > 0 THEN round(p.rows_read * p.bytes_total::numeric / p.bytes_read) END AS rows_total,
           CASE WHEN p.read_at IS NULL AND p.bytes_read > 0
                THEN (p.bytes_total - p.bytes_read) * extract(epoch FROM p.updated_at - p.started_at) / p.bytes_read
                     - extract(epoch FROM now() - p.updated_at)
                ELSE 0 END AS reading_left,
           extract(epoch FROM now() - COALESCE(p.read_at, now())) AS since_read
      FROM submission_progress p
),
estimated AS (
    SELECT m.*, m.rows_total * l.seconds_per_row - m.since_read + greatest(m.reading_left, 0) AS seconds_left,
           l.seconds_per_row IS NULL AS nothing_learned
      FROM measured m CROSS JOIN learned l
)
SELECT submission_id, stage, bytes_read, bytes_total, rows_read, rows_total, read_at IS NULL AS rows_total_estimated,
       started_at, read_at, updated_at,
       CASE WHEN seconds_left > 0 THEN ceil(seconds_left) END AS seconds_left,
       CASE WHEN read_at IS NULL AND bytes_read > 0 THEN ceil(greatest(reading_left, 0)) END AS reading_seconds_left,
       CASE WHEN rows_total IS NULL THEN 'nothing read yet'
            WHEN nothing_learned THEN 'no earlier long submission on this hub to learn the storing pace from'
            WHEN seconds_left <= 0 THEN 'taking longer than the earlier long submissions did'
       END AS seconds_left_reason
  FROM estimated;

-- Each recalculation queue: what it holds, and its current or last run with its pace.
DROP VIEW IF EXISTS recalculation_status;
CREATE VIEW recalculation_status AS
WITH queues AS (
    SELECT unnest(ARRAY['performance', 'reporting', 'cohorts']) AS queue
),
backlog AS (
    SELECT queue, count(*) AS pending, count(*) FILTER (WHERE not_before <= now()) AS due
      FROM recalculation_backlog
     GROUP BY queue
)
SELECT q.queue, COALESCE(b.pending, 0) AS pending, COALESCE(b.due, 0) AS due,
       r.started_at, r.done, r.failed, r.updated_at, r.finished_at,
       r.finished_at IS NULL AND r.started_at IS NOT NULL AS running,
       CASE WHEN r.finished_at IS NULL AND r.done > 0 AND COALESCE(b.due, 0) > 0 AND r.updated_at > r.started_at
            THEN ceil(b.due * extract(epoch FROM r.updated_at - r.started_at) / r.done) END AS seconds_left,
       CASE WHEN r.started_at IS NULL OR r.finished_at IS NOT NULL THEN 'no run going'
            WHEN COALESCE(b.due, 0) = 0 THEN 'the last requests are being computed'
            WHEN r.done = 0 THEN 'none computed yet in this run'
            -- the first figures of a run are written with its start: no time has passed to tell a pace
            WHEN r.updated_at <= r.started_at THEN 'too early in the run to tell its pace'
       END AS seconds_left_reason
  FROM queues q
  LEFT JOIN backlog b ON b.queue = q.queue
  LEFT JOIN recalculation_progress r ON r.queue = q.queue;
