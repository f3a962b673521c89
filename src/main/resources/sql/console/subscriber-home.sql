-- What is new for a subscriber (its current records stored since a time) and the capital calls it
-- must pay by a date, through lp_record: the LP API's entitlement, down to the investor line.
SELECT r.public_id, r.record_type, r.fund_code, r.notice_date, r.created_at,
       CAST(r.canonical ->> 'dueDate' AS date) AS due_date, r.canonical ->> 'currency' AS currency,
       line_count(r.id, r.investors) AS lines
  FROM lp_record r
 WHERE r.subscriber_code = :#subscriber AND r.superseded_at IS NULL
   AND (r.created_at >= CAST(:#since AS timestamptz)
        OR (r.record_type = 'capital_call'
            AND CAST(r.canonical ->> 'dueDate' AS date) BETWEEN current_date AND CAST(:#dueBy AS date)))
 ORDER BY r.created_at DESC
 LIMIT 200
