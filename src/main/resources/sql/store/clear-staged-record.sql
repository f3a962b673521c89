-- What one record of a submission staged: removed once the record is stored or rejected.
WITH allocations AS (
    DELETE FROM staged_allocation WHERE submission_id = :#submissionId AND record_no = :#recordNo
)
DELETE FROM staged_line WHERE submission_id = :#submissionId AND record_no = :#recordNo
