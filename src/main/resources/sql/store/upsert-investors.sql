INSERT INTO investor (publisher_id, code, name)
VALUES (:#publisherId, :#investorCode, :#investorName)
ON CONFLICT (publisher_id, code) DO UPDATE SET name = COALESCE(EXCLUDED.name, investor.name)
