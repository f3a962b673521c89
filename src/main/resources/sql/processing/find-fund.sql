SELECT id FROM fund WHERE publisher_id = :#publisherId AND code = CAST(:#fundCode AS text)
