UPDATE notice
   SET superseded_at = now()
 WHERE publisher_id = :#publisherId
   AND fund_id = :#fundId
   AND notice_reference = :#noticeReference
   AND superseded_at IS NULL
