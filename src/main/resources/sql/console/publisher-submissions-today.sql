-- A publisher's submissions received today (in the hub's time zone), newest first.
SELECT s.public_id, s.channel, s.file_name, s.status, s.received_at, s.error_count
  FROM submission s JOIN publisher p ON p.id = s.publisher_id
 WHERE p.code = :#publisher AND s.received_at >= date_trunc('day', now())
 ORDER BY s.received_at DESC
 LIMIT 100
