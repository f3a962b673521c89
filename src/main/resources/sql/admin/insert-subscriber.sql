-- A new subscriber waits for approval (POST /subscribers/{code}/approve), which issues its API client.
INSERT INTO subscriber (code, name, kind, status) VALUES (:#code, :#name, :#kind, 'pending')
RETURNING json_build_object('code', code, 'name', name, 'kind', kind, 'status', status,
                             'createdAt', created_at)::text AS document,
          '/api/v1/subscribers/' || code AS location
