-- The deliveries of a publisher's records still to make (pending) or given up (dead).
SELECT d.status, count(*) AS deliveries
  FROM delivery d JOIN notice n ON n.id = d.notice_id JOIN publisher p ON p.id = n.publisher_id
 WHERE p.code = :#publisher AND d.status IN ('pending', 'dead')
 GROUP BY d.status
