SELECT public_id, status,
       CASE WHEN status = 'failed'
            THEN json_build_array(json_build_object('message',
                 'the hub could not process this file (' || attempts || ' attempts); last error: ' || last_error))::text
            ELSE errors::text END AS errors
  FROM submission
 WHERE id = :#${exchangeProperty.submissionId}
