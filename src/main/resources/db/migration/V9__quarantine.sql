-- What the translation service produced for a submission failed the hub's checks: the
-- submission is quarantined (the vendor's output, not necessarily the publisher's data, is at
-- fault) until an operator re-runs it.
ALTER TABLE submission DROP CONSTRAINT submission_status_check;
ALTER TABLE submission ADD CONSTRAINT submission_status_check
    CHECK (status IN ('received', 'processing', 'awaiting_translation', 'stored', 'unchanged', 'rejected',
                      'quarantined', 'failed'));
