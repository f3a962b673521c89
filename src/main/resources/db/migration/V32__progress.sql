-- Progress of long work, written while it runs so any hub's API and console can show it.

-- A submission's processing, once it has run a second (short ones never write a row): how much of
-- the input the one pass has read, then the stage it is in. Kept after it finishes: the finished
-- ones are how long storing took per row, which estimates the time left of the next.
CREATE TABLE submission_progress (
    submission_id  BIGINT PRIMARY KEY REFERENCES submission (id) ON DELETE CASCADE,
    stage          TEXT NOT NULL CHECK (stage IN ('reading', 'checking', 'storing', 'finished')),
    bytes_read     BIGINT NOT NULL,
    bytes_total    BIGINT NOT NULL,
    rows_read      BIGINT NOT NULL,
    started_at     TIMESTAMPTZ NOT NULL,
    -- when the pass had read the whole input; the rest is checking and storing
    read_at        TIMESTAMPTZ,
    finished_at    TIMESTAMPTZ,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX submission_progress_finished_idx ON submission_progress (finished_at) WHERE finished_at IS NOT NULL;

-- A run of a recalculation queue (performance, reporting, cohorts): from the first request a hub
-- took while the queue had no run going, to the moment a hub found nothing due. Several hubs
-- add what they computed to the same run.
CREATE TABLE recalculation_progress (
    queue        TEXT PRIMARY KEY,
    started_at   TIMESTAMPTZ NOT NULL,
    done         INT NOT NULL,
    failed       INT NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ
);

-- What each queue still holds, due now or later.
CREATE VIEW recalculation_backlog AS
SELECT 'performance' AS queue, not_before FROM performance_recalculation
UNION ALL
SELECT 'reporting', not_before FROM company_recalculation
UNION ALL
SELECT 'cohorts', not_before FROM cohort_recalculation;
