-- Ends a submission whose record failed the checks, with its row errors; its raw input stays.
-- 'rejected': the publisher's file is at fault. 'quarantined': the translation service produced
-- the record, so its output (not necessarily the publisher's data) is at fault; an operator
-- re-runs it (POST /api/v1/submissions/{id}/rerun); its last error names the vendor's jobs.
-- A rejected record of a many-record file ends only itself (complete-records.sql ends the file).
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
     WHERE id = :#submissionId AND NOT COALESCE(CAST(:#${exchangeProperty.grouped} AS boolean), false)
     RETURNING id
), record_rejected AS (
    INSERT INTO submission_record (submission_id, record_no, fund_code, reference, status, row_count, error_count,
                                   errors, warnings)
    SELECT :#submissionId, :#recordNo, :#fundCode, CAST(:#reference AS text), 'rejected', :#rowCount, :#errorCount,
           CAST(:#errors AS jsonb), CAST(:#warnings AS jsonb)
     WHERE COALESCE(CAST(:#${exchangeProperty.grouped} AS boolean), false)
    ON CONFLICT (submission_id, record_no) DO NOTHING
    RETURNING submission_id AS id
)
INSERT INTO audit_event (stage, actor, submission_id, detail)
SELECT :#${exchangeProperty.outcome}, 'hub', id,
       jsonb_build_object('errorCount', CAST(:#errorCount AS int),
                          'reference', CAST(:#reference AS text),
                          'firstError', CAST(:#firstError AS text),
                          'translationJobs', CAST(:#translationJobs AS text),
                          'mapping', CAST(:#mappingId AS text))
  FROM (SELECT id FROM ended UNION ALL SELECT id FROM record_rejected) rejected
