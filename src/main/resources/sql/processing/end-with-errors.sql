-- Ends a submission whose record failed the checks, with its row errors; its raw input stays.
-- 'rejected': the publisher's file is at fault. 'quarantined': the translation service produced
-- the record, so its output (not necessarily the publisher's data) is at fault; an operator
-- re-runs it (POST /api/v1/submissions/{id}/rerun); its last error names the vendor's jobs.
WITH ended AS (
    UPDATE submission
       SET status = :#${exchangeProperty.outcome},
           mapping_id = COALESCE(CAST(:#mappingId AS text), mapping_id),
           mapping_version = CAST(:#mappingVersion AS int),
           row_count = :#rowCount,
           error_count = :#errorCount,
           errors = CAST(:#errors AS jsonb),
           warnings = CAST(:#warnings AS jsonb),
           last_error = CASE WHEN :#${exchangeProperty.outcome} = 'quarantined'
                             THEN 'the translation service''s output'
                                  || COALESCE(' (jobs ' || CAST(:#translationJobs AS text) || ')', '')
                                  || ' failed ' || CAST(:#errorCount AS text)
                                  || ' check(s); first: ' || CAST(:#firstError AS text)
                        END,
           completed_at = CASE WHEN :#${exchangeProperty.outcome} = 'rejected' THEN now() END,
           claimed_until = NULL
     WHERE id = :#submissionId
     RETURNING id
)
INSERT INTO audit_event (stage, actor, submission_id, detail)
SELECT :#${exchangeProperty.outcome}, 'hub', id,
       jsonb_build_object('errorCount', CAST(:#errorCount AS int),
                          'firstError', CAST(:#firstError AS text),
                          'translationJobs', CAST(:#translationJobs AS text),
                          'mapping', CAST(:#mappingId AS text))
  FROM ended
