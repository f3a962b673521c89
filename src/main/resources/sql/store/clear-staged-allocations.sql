DELETE FROM staged_allocation WHERE submission_id = :#submissionId
