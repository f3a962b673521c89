-- Records one delivery attempt and its outcome: delivered, pending (retry after backoff) or dead.
WITH attempt AS (
    INSERT INTO delivery_attempt (delivery_id, attempt, status_code, error, duration_ms)
    VALUES (:#deliveryId, :#attempt, CAST(:#statusCode AS int), CAST(:#error AS text), :#durationMs)
), updated AS (
    UPDATE delivery
       SET status = CAST(:#status AS text),
           last_status_code = CAST(:#statusCode AS int),
           last_error = CAST(:#error AS text),
           delivered_at = CASE WHEN CAST(:#status AS text) = 'delivered' THEN now() END,
           next_attempt_at = now() + CAST(:#retryInMs AS bigint) * interval '1 millisecond'
     WHERE id = :#deliveryId
     RETURNING id, notice_id, status
)
INSERT INTO audit_event (stage, actor, notice_id, delivery_id, detail)
SELECT CASE status WHEN 'pending' THEN 'delivery_failed' ELSE status END, 'hub', notice_id, id,
       jsonb_build_object('attempt', CAST(:#attempt AS int),
                          'statusCode', CAST(:#statusCode AS int),
                          'error', CAST(:#error AS text))
  FROM updated
