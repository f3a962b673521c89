-- Inserts the record as the next version of (publisher, fund, type, reference), superseding
-- the latest one. The unique key on the version makes a concurrent writer fail, not duplicate.
INSERT INTO notice (public_id, publisher_id, fund_id, record_type, notice_reference, version,
                    notice_date, value_date, currency, minor_units, total_amount, submission_id,
                    mapping_id, mapping_version, translator, content_sha256, canonical, supersedes_id)
SELECT :#publicId, :#publisherId, :#fundId, :#recordType, :#noticeReference,
       COALESCE(latest.version, 0) + 1,
       :#noticeDate, CAST(:#valueDate AS date), :#currency, :#minorUnits, :#totalAmount, :#submissionId,
       :#mappingId, :#mappingVersion, :#translator, :#contentSha256, CAST(:#canonical AS json), latest.id
  FROM (SELECT 1) AS one
  LEFT JOIN LATERAL (SELECT id, version
                       FROM notice
                      WHERE publisher_id = :#publisherId
                        AND fund_id = :#fundId
                        AND record_type = CAST(:#recordType AS text)
                        AND notice_reference = :#noticeReference
                      ORDER BY version DESC
                      LIMIT 1) AS latest ON true
RETURNING id
