-- Channel secrets stored in clear by a build before secrets were sealed.
SELECT id, secret FROM delivery_channel WHERE secret IS NOT NULL AND secret NOT LIKE 'aesgcm1:%'
