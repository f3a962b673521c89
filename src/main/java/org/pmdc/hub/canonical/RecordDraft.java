package org.pmdc.hub.canonical;

import java.util.HashMap;
import java.util.Map;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.api.RowErrors;

/**
 * A record (notice or report) as a mapping translated it, before the rules that look at it as a
 * whole: its typed header values under canonical names, the source column each came from, what
 * its lines add up to (the valid ones are staged already), the errors met while reading them, and
 * warnings that do not reject it (a text cell that looks like a spreadsheet formula). {@code type}
 * is null when no mapping could be applied at all.
 *
 * @param recordNo the record's number in its file (from 1, in the order the file first names it;
 *     1 for a one-record file): its lines are staged under it
 * @param sources canonical field name to the source column it was read from, for messages
 * @param translator {@code local-mapping} or {@code translation-service}: what produced it
 * @param translationJobs the translation service's job ids for it (the first few, and how many
 *     more), or null when the service did not produce it
 */
public record RecordDraft(
    SubmissionRef submission,
    int recordNo,
    String mappingId,
    int mappingVersion,
    RecordType type,
    Map<String, Object> header,
    LineSummary lines,
    Map<String, String> sources,
    RowErrors errors,
    RowErrors warnings,
    String translator,
    String translationJobs) {

  /**
   * No mapping fits the input ({@code mappingId} null), or the input cannot be read in the format
   * of the one that does: the one error says why.
   */
  public static RecordDraft unreadable(SubmissionRef submission, String mappingId, int mappingVersion, RowError error) {
    RowErrors errors = new RowErrors();
    errors.add(error);
    return new RecordDraft(submission, 1, mappingId, mappingVersion, null, Map.of(), LineSummary.none(), Map.of(),
        errors, new RowErrors(), null, null);
  }

  /** This draft, produced by the translation service's jobs (summarised). */
  public RecordDraft withTranslationJobs(String jobs) {
    return new RecordDraft(submission, recordNo, mappingId, mappingVersion, type, header, lines, sources, errors, warnings,
        translator, jobs);
  }

  /** The fund code the record names, or null; the route looks the fund up with it. */
  public String fundCode() {
    return (String) header.get("fundId");
  }

  /**
   * Named parameters of the statements that check the record against the database before it is
   * stored ({@code sql/processing/find-fund.sql}, {@code duplicate-lines.sql},
   * {@code position-checks.sql}…): the lines are staged under the submission's id and the record's number.
   */
  public Map<String, Object> lookup() {
    Map<String, Object> row = new HashMap<>();
    row.put("publisherId", submission.publisherId());
    row.put("fundCode", fundCode());
    row.put("submissionId", submission.id());
    row.put("recordNo", recordNo);
    row.put("recordType", type == null ? null : type.code());
    row.put("reference", type == null ? null : header.get(type.referenceField()));
    row.put("recordDate", type == null ? null : header.get(type.dateField()));
    row.put("periodStart", header.get("periodStart"));
    row.put("currency", header.get("currency"));
    row.put("companiesRegistered", type != null && type.isCohortInput());
    return row;
  }

  /** The source column a canonical field came from, or the canonical name when not mapped. */
  public String sourceOf(String field) {
    return sources.getOrDefault(field, field);
  }
}
