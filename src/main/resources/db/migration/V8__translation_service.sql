-- A submission whose layout only the translation service maps waits as 'awaiting_translation'
-- while the service is unavailable, and is resumed when its circuit breaker lets calls through.
ALTER TABLE submission DROP CONSTRAINT submission_status_check;
ALTER TABLE submission ADD CONSTRAINT submission_status_check
    CHECK (status IN ('received', 'processing', 'awaiting_translation', 'stored', 'unchanged', 'rejected', 'failed'));

-- Which translator produced a record: the local mapping engine, or the translation service.
ALTER TABLE notice ADD COLUMN translator TEXT NOT NULL DEFAULT 'local-mapping'
    CHECK (translator IN ('local-mapping', 'translation-service'));
ALTER TABLE notice ALTER COLUMN translator DROP DEFAULT;
