-- Stores the submission and its 'received' audit event in one statement (its bytes follow in the
-- same transaction, see SubmissionContent). Returns no row when the same content (sha256) or
-- Idempotency-Key was already submitted by this publisher.
WITH stored AS (
    INSERT INTO submission (public_id, publisher_id, channel, content_type, file_name,
                            idempotency_key, sha256, size_bytes, mapping_id, request_values)
    VALUES (:#publicId, :#publisherId, :#channel, :#contentType, :#fileName,
            :#idempotencyKey, :#sha256, :#sizeBytes, :#mappingId, CAST(:#requestValues AS jsonb))
    ON CONFLICT DO NOTHING
    RETURNING id, public_id, size_bytes
), audited AS (
    INSERT INTO audit_event (stage, actor, submission_id, detail)
    SELECT 'received', CAST(:#publisherCode AS text), id,
           jsonb_build_object('channel', CAST(:#channel AS text),
                              'contentType', CAST(:#contentType AS text),
                              'sha256', CAST(:#sha256 AS text),
                              'bytes', size_bytes)
      FROM stored
)
SELECT id, public_id FROM stored
