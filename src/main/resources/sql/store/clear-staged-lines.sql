-- What a submission staged, whatever its record type: removed once stored or rejected.
WITH allocations AS (
    DELETE FROM staged_allocation WHERE submission_id = :#submissionId
)
DELETE FROM staged_line WHERE submission_id = :#submissionId
