-- A computed record's lines (a JSON array, in order; the key is the view) and its audit event.
WITH stored AS (
    INSERT INTO record_line (notice_id, line_key, source_row, content)
    SELECT :#noticeId, t.line->>'view', t.position, t.line
      FROM json_array_elements(CAST(:#lines AS json)) WITH ORDINALITY AS t (line, position)
    RETURNING 1
)
INSERT INTO audit_event (stage, actor, notice_id, detail)
SELECT 'computed', 'hub', :#noticeId,
       jsonb_build_object('recordType', CAST(:#recordType AS text), 'reference', CAST(:#noticeReference AS text),
                          'lines', (SELECT count(*) FROM stored))
