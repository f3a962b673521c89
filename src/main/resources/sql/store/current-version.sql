-- The current version of this notice, locked until the transaction ends so concurrent
-- amendments of one notice are applied one after the other.
SELECT id, content_sha256
  FROM notice
 WHERE publisher_id = :#publisherId
   AND fund_id = :#fundId
   AND record_type = CAST(:#recordType AS text)
   AND notice_reference = :#noticeReference
   AND superseded_at IS NULL
   FOR UPDATE
