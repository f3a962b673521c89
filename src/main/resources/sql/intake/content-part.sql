-- One part of a submission's raw bytes; none past the last.
SELECT bytes FROM submission_content WHERE submission_id = :#submissionId AND part = :#part
