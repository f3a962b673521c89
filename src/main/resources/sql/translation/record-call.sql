-- One call to the translation service, in the submission's audit trail: request id, mapper, job
-- id, status, duration and counts; never the API key, never the records.
INSERT INTO audit_event (stage, actor, submission_id, detail)
VALUES ('translation_called', 'hub', :#submissionId, CAST(:#detail AS jsonb))
