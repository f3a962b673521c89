package org.pmdc.hub.canonical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A notice that passed validation, ready to store: the typed notice-level values, the canonical
 * JSON of its header and totals, and the sha256 that tells an unchanged re-post from an
 * amendment. Its allocations wait in the staging table under the submission's id.
 */
public record ValidatedNotice(
    UUID publicId,
    NoticeDraft draft,
    long fundId,
    String noticeReference,
    LocalDate noticeDate,
    LocalDate valueDate,
    String currency,
    int minorUnits,
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
    row.put("contentSha256", contentSha256);
    row.put("canonical", canonicalJson);
    row.put("allocationCount", allocationCount);
    row.put("warnings", warningsJson);
    return row;
  }

  /** Identity, not deep value equality: see {@link NoticeDraft#equals}. */
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
