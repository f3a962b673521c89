UPDATE delivery_channel SET secret = :#sealed WHERE id = :#id AND secret = :#secret
