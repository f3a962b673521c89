package org.pmdc.hub.canonical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A record (notice or report) that passed validation, ready to store: its identity and dates, the
 * canonical JSON of its header and totals, and the sha256 that tells an unchanged re-post from an
 * amendment. Its lines wait in staging under the submission's id. Reports have no total amount,
 * and a company-metrics record no currency of its own.
 *
 * @param noticeReference the identity within the fund: a notice's reference, a report's date
 */
public record ValidatedNotice(
    UUID publicId,
    RecordDraft draft,
    long fundId,
    String noticeReference,
    LocalDate noticeDate,
    LocalDate valueDate,
    String currency,
    Integer minorUnits,
    BigDecimal totalAmount,
    long allocationCount,
    String canonicalJson,
    String contentSha256,
    String warningsJson) {

  public RecordType type() {
    return draft.type();
  }

  /** Named parameters of {@code sql/store/*.sql}. */
  public Map<String, Object> noticeRow() {
    Map<String, Object> row = new HashMap<>();
    row.put("publicId", publicId);
    row.put("publisherId", draft.submission().publisherId());
    row.put("submissionId", draft.submission().id());
    row.put("recordNo", draft.recordNo());
    row.put("fundCode", draft.fundCode());
    row.put("fundId", fundId);
    row.put("recordType", type().code());
    row.put("noticeReference", noticeReference);
    row.put("noticeDate", noticeDate);
    row.put("valueDate", valueDate);
    row.put("currency", currency);
    row.put("minorUnits", minorUnits);
    row.put("totalAmount", totalAmount);
    row.put("mappingId", draft.mappingId());
    row.put("mappingVersion", draft.mappingVersion());
    row.put("translator", draft.translator());
    row.put("contentSha256", contentSha256);
    row.put("canonical", canonicalJson);
    row.put("allocationCount", allocationCount);
    row.put("warnings", warningsJson);
    return row;
  }
}
