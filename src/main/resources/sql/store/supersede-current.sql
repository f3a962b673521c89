UPDATE notice
   SET superseded_at = now()
 WHERE publisher_id = :#publisherId
   AND fund_id = :#fundId
   AND record_type = CAST(:#recordType AS text)
   AND notice_reference = :#noticeReference
   AND superseded_at IS NULL
