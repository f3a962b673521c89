package org.pmdc.hub.canonical;

import java.util.Map;

/**
 * One per-investor allocation as the mapping produced it: canonical field names, typed values,
 * and the source row it came from (kept for lineage and for error messages).
 *
 * @param readable false when a value of the row could not be converted (that error is reported
 *     already; sums over the row would only add noise)
 */
public record LineDraft(int row, Map<String, Object> values, boolean readable) {

  public Object get(String field) {
    return values.get(field);
  }
}
