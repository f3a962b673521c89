-- A submission the hub could not process after the configured attempts (an unexpected failure,
-- not a publisher's error) ends 'failed' with the last error, instead of being retried for ever.
ALTER TABLE submission DROP CONSTRAINT submission_status_check;
ALTER TABLE submission ADD CONSTRAINT submission_status_check
    CHECK (status IN ('received', 'processing', 'stored', 'unchanged', 'rejected', 'failed'));
ALTER TABLE submission ADD COLUMN last_error TEXT;
