package org.pmdc.hub.canonical;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pmdc.hub.api.RowError;

/**
 * The outcome of validating a draft: a notice to store, or the errors that reject the submission.
 *
 * @param errors the first {@link org.pmdc.hub.api.RowErrors#KEPT} errors
 * @param errorsJson the errors as JSON, for the submission's {@code errors} column
 * @param warningsJson the draft's warnings as JSON, for the submission's {@code warnings} column
 */
public record Validation(
    RecordDraft draft,
    ValidatedNotice notice,
    List<RowError> errors,
    String errorsJson,
    String warningsJson) {

  public boolean accepted() {
    return notice != null;
  }

  /**
   * What becomes of the record, for the route to branch on: {@code accepted}; {@code quarantined}
   * when the translation service produced the rejected record (its output, not necessarily the
   * publisher's data, is at fault: an operator reruns it with {@code POST
   * /api/v1/submissions/{id}/rerun}); otherwise {@code rejected}.
   */
  public String verdict() {
    if (accepted()) {
      return "accepted";
    }
    return "translation-service".equals(draft.translator()) ? "quarantined" : "rejected";
  }

  /** Named parameters of {@code sql/processing/end-with-errors.sql}. */
  public Map<String, Object> rejectionRow() {
    Map<String, Object> row = new HashMap<>();
    row.put("submissionId", draft.submission().id());
    row.put("recordNo", draft.recordNo());
    row.put("fundCode", draft.fundCode());
    row.put("reference", draft.type() == null ? null : draft.header().get(draft.type().referenceField()));
    row.put("mappingId", draft.mappingId());
    row.put("mappingVersion", draft.mappingId() == null ? null : draft.mappingVersion());
    row.put("rowCount", draft.lines().rows());
    // Every error found, though the list keeps the first RowErrors.KEPT.
    row.put("errorCount", draft.errors().count());
    row.put("errors", errorsJson);
    row.put("warnings", warningsJson);
    row.put("firstError", errors.isEmpty() ? null : errors.get(0).toString());
    row.put("translationJobs", draft.translationJobs());
    return row;
  }
}
