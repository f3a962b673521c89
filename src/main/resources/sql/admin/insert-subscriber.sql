INSERT INTO subscriber (code, name, kind) VALUES (:#code, :#name, :#kind)
RETURNING json_build_object('code', code, 'name', name, 'kind', kind, 'status', status,
                             'createdAt', created_at)::text AS document,
          '/api/v1/subscribers/' || code AS location
