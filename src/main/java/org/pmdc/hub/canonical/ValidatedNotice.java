package org.pmdc.hub.canonical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A notice that passed validation, ready to store: the typed values, the canonical JSON that LPs
 * receive, and the sha256 of that JSON, which tells an unchanged re-post from an amendment.
 */
public record ValidatedNotice(
    UUID publicId,
    NoticeDraft draft,
    long fundId,
    String noticeReference,
    LocalDate noticeDate,
    LocalDate valueDate,
    String currency,
    BigDecimal totalAmount,
    List<ValidatedAllocation> allocations,
    String canonicalJson,
    String contentSha256,
    String warningsJson) {

  public RecordType type() {
    return draft.type();
  }

  /** Named parameters of {@code sql/notice/*.sql}. */
  public Map<String, Object> noticeRow() {
    Map<String, Object> row = new HashMap<>();
    row.put("publicId", publicId);
    row.put("publisherId", draft.submission().publisherId());
    row.put("submissionId", draft.submission().id());
    row.put("fundId", fundId);
    row.put("recordType", type().code());
    row.put("noticeReference", noticeReference);
    row.put("noticeDate", noticeDate);
    row.put("valueDate", valueDate);
    row.put("currency", currency);
    row.put("totalAmount", totalAmount);
    row.put("mappingId", draft.mappingId());
    row.put("mappingVersion", draft.mappingVersion());
    row.put("contentSha256", contentSha256);
    row.put("canonical", canonicalJson);
    row.put("allocationCount", allocations.size());
    row.put("warnings", warningsJson);
    return row;
  }

  /**
   * Identity, not the records' deep value equality: routes call methods on these instances, which
   * makes them keys of Camel's bean-info cache, and hashing every allocation on each such call was
   * the hottest spot of bench/ingest.
   */
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
