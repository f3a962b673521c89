-- Gives back a claimed delivery that was not attempted because an earlier one of its stream did
-- not get through: it waits, due, behind that one (a stream is taken only when its head is due).
UPDATE delivery
   SET attempts = attempts - 1, next_attempt_at = now()
 WHERE id = :#${body.id} AND status = 'pending'
