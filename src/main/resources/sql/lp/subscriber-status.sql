-- The status of the subscriber a pull request names; no row: not a subscriber of this hub.
SELECT status FROM subscriber WHERE code = :#${exchangeProperty.subscriber}
