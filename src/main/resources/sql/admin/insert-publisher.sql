INSERT INTO publisher (code, name, kind) VALUES (:#code, :#name, :#kind)
RETURNING json_build_object('code', code, 'name', name, 'kind', kind, 'status', status,
                             'createdAt', created_at)::text AS document,
          '/api/v1/publishers/' || code AS location
