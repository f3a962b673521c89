-- One API client with the participant it acts for.
SELECT c.client_id, c.role, c.status, c.token_generation, coalesce(p.code, s.code) AS participant
  FROM api_client c
  LEFT JOIN publisher p ON p.id = c.publisher_id
  LEFT JOIN subscriber s ON s.id = c.subscriber_id
 WHERE c.client_id = :#clientId
