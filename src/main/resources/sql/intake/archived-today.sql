-- Files of the same name this publisher's channel archived today (stored, unchanged or partly stored), other than
-- this submission: the new file is archived beside them (call (2).csv), never over them.
SELECT count(*)
  FROM submission
 WHERE publisher_id = :#${header.publisher[id]}
   AND channel = :#${exchangeProperty.channel}
   AND file_name = :#${header.CamelFileNameOnly}
   AND status IN ('stored', 'unchanged', 'partially_stored')
   AND received_at >= CAST(:#${date:now:yyyy-MM-dd'T'00:00:00XXX} AS timestamptz)
   AND id <> :#${exchangeProperty.submissionId}
