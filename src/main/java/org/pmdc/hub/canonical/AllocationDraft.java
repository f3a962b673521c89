package org.pmdc.hub.canonical;

import java.util.Map;

/**
 * One per-investor allocation as the mapping produced it: canonical field names, typed values,
 * and the source row it came from (kept for lineage and for error messages).
 */
public record AllocationDraft(int row, Map<String, Object> values) {

  public Object get(String field) {
    return values.get(field);
  }
}
