SELECT public_id, status, errors::text AS errors
  FROM submission
 WHERE id = :#${exchangeProperty.submissionId}
