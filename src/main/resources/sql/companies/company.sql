-- One company by its id, if the caller sees it (otherwise no row: 404, as for one that does not exist).
SELECT company_document(c)::text AS document, c.version
  FROM company c
 WHERE c.public_id = CAST(:#id AS uuid)
   AND sees_company_reporting(CAST(:#viewerPublisher AS text), CAST(:#viewerSubscriber AS text), c.publisher_id, c.fund_id)
