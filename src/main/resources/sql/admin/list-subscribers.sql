SELECT COALESCE(json_agg(json_build_object('code', code, 'name', name, 'kind', kind,
                                             'status', status, 'createdAt', created_at) ORDER BY code),
                '[]'::json)::text
  FROM subscriber
