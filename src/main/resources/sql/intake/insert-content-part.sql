-- One part (at most 1 MiB) of a submission's raw bytes, in the transaction that stores the submission.
INSERT INTO submission_content (submission_id, part, bytes) VALUES (:#submissionId, :#part, :#bytes)
