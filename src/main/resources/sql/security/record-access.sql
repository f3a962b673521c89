INSERT INTO access_event (actor, role, participant, action, method, target, outcome, request_id, duration_ms)
VALUES (:#actor, :#role, :#participant, :#action, :#method, left(:#target, 2000), :#outcome, :#requestId, :#durationMs)
