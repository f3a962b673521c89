-- Ends a many-record submission once each of its records has its outcome: 'stored' when none was
-- rejected ('unchanged' when none was new either), 'rejected' when all were, else
-- 'partially_stored'. Its errors are the rejected records' (the first 1000, each naming its
-- record), for its status and the error report beside a dropped file. Returns the status.
WITH records AS (
    SELECT count(*) AS total,
           count(*) FILTER (WHERE status = 'stored') AS stored,
           count(*) FILTER (WHERE status = 'rejected') AS rejected,
           COALESCE(sum(error_count), 0) AS error_count
      FROM submission_record
     WHERE submission_id = :#submissionId
), errors AS (
    SELECT COALESCE(jsonb_agg(error ORDER BY record_no, ord), '[]'::jsonb) AS list
      FROM (SELECT r.record_no, e.ord,
                   e.error || jsonb_build_object('record', r.reference, 'fund', r.fund_code) AS error
              FROM submission_record r
              CROSS JOIN LATERAL jsonb_array_elements(r.errors) WITH ORDINALITY AS e (error, ord)
             WHERE r.submission_id = :#submissionId AND r.status = 'rejected'
             ORDER BY r.record_no, e.ord
             LIMIT 1000) kept
), ended AS (
    UPDATE submission s
       SET status = CASE WHEN r.rejected = r.total THEN 'rejected'
                         WHEN r.rejected > 0 THEN 'partially_stored'
                         WHEN r.stored > 0 THEN 'stored'
                         ELSE 'unchanged' END,
           mapping_id = :#mappingId,
           mapping_version = :#mappingVersion,
           row_count = :#rowCount,
           error_count = r.error_count,
           errors = e.list,
           warnings = CAST(:#warnings AS jsonb),
           completed_at = now(),
           claimed_until = NULL
      FROM records r, errors e
     WHERE s.id = :#submissionId
    RETURNING s.id, s.status, r.total, r.stored, r.rejected
), audited AS (
    INSERT INTO audit_event (stage, actor, submission_id, detail)
    SELECT 'completed', 'hub', id,
           jsonb_build_object('status', status, 'records', total, 'stored', stored, 'rejected', rejected)
      FROM ended
)
SELECT status FROM ended
