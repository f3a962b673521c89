-- A file may hold many records (a mapping's records.groupBy: a fund administrator's ledger). Each
-- staged line belongs to one record of its submission, numbered in the order the file first names
-- them (1 for a one-record file), and each record found has its own outcome.
ALTER TABLE staged_allocation ADD COLUMN record_no INT NOT NULL DEFAULT 1;
ALTER TABLE staged_line ADD COLUMN record_no INT NOT NULL DEFAULT 1;
DROP INDEX staged_allocation_submission_idx;
DROP INDEX staged_line_submission_idx;
CREATE INDEX staged_allocation_record_idx ON staged_allocation (submission_id, record_no);
CREATE INDEX staged_line_record_idx ON staged_line (submission_id, record_no);

-- One row per record of a many-record submission, written in the transaction that stores the record
-- (or with its rejection): the checkpoint a resumed submission goes on from. 'stored' includes an
-- amendment (the notice's version says which).
CREATE TABLE submission_record (
    submission_id  BIGINT NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    record_no      INT NOT NULL,
    fund_code      TEXT,
    reference      TEXT,
    status         TEXT NOT NULL CHECK (status IN ('stored', 'unchanged', 'rejected')),
    notice_id      BIGINT REFERENCES notice (id),
    row_count      INT NOT NULL,
    error_count    INT NOT NULL DEFAULT 0,
    errors         JSONB NOT NULL DEFAULT '[]',
    warnings       JSONB NOT NULL DEFAULT '[]',
    completed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (submission_id, record_no)
);
CREATE INDEX submission_record_notice_idx ON submission_record (notice_id);

ALTER TABLE submission DROP CONSTRAINT submission_status_check;
ALTER TABLE submission ADD CONSTRAINT submission_status_check
    CHECK (status IN ('received', 'processing', 'awaiting_translation', 'stored', 'partially_stored', 'unchanged',
                      'rejected', 'quarantined', 'failed'));
