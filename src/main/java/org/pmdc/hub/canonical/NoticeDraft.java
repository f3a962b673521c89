package org.pmdc.hub.canonical;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pmdc.hub.api.RowError;

/**
 * A notice as a mapping translated it, before business validation: typed values under canonical
 * names, the source column each came from, the errors met while converting, and warnings that do
 * not reject it (a text cell that looks like a spreadsheet formula). {@code type} is null when no
 * mapping could be applied at all.
 *
 * @param sources canonical field name to the source column it was read from, for messages
 */
public record NoticeDraft(
    SubmissionRef submission,
    String mappingId,
    int mappingVersion,
    RecordType type,
    Map<String, Object> notice,
    List<AllocationDraft> allocations,
    Map<String, String> sources,
    List<RowError> errors,
    List<RowError> warnings) {

  public static NoticeDraft unmapped(SubmissionRef submission, List<RowError> errors) {
    return new NoticeDraft(submission, null, 0, null, Map.of(), List.of(), Map.of(), errors, List.of());
  }

  /** The fund code the notice names, or null; the route looks the fund up with it. */
  public String fundCode() {
    return (String) notice.get("fundId");
  }

  /** Named parameters of {@code sql/processing/find-fund.sql}. */
  public Map<String, Object> fundLookup() {
    Map<String, Object> row = new HashMap<>();
    row.put("publisherId", submission.publisherId());
    row.put("fundCode", fundCode());
    return row;
  }

  /** The source column a canonical field came from, or the canonical name when not mapped. */
  public String sourceOf(String field) {
    return sources.getOrDefault(field, field);
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
