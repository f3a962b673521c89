package org.pmdc.hub.translation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pmdc.hub.canonical.CanonicalField;
import org.pmdc.hub.canonical.RecordDrafts;
import org.pmdc.hub.canonical.SubmissionRef;

/**
 * The rows of a layout that the translation service maps: sent to it in batches as they are read,
 * its canonical records then read like the rows of the canonical layout itself ({@link
 * Mapping#canonical}), through the same conversions and rules as locally mapped data. Its
 * per-record errors become the rows' errors; its job ids go with the draft, for the operator.
 */
final class ServiceTranslatedRows implements TranslationProvider {

  private static final int JOBS_NAMED = 5;

  private final TranslationService service;
  private final SubmissionRef submission;
  private final Mapping layout;
  private final MappingEngine canonical;
  private final List<SourceRow> batch = new ArrayList<>();
  private final Set<String> jobs = new LinkedHashSet<>();

  ServiceTranslatedRows(TranslationService service, SubmissionRef submission, Mapping layout, MappingEngine canonical) {
    this.service = service;
    this.submission = submission;
    this.layout = layout;
    this.canonical = canonical;
  }

  /** The service answers in canonical fields, whatever the source's columns. */
  @Override
  public void columns(Set<String> columns) {
    canonical.columns(Stream.concat(layout.recordType().headerFields().stream(), layout.recordType().lineFields().stream())
        .map(CanonicalField::name)
        .collect(Collectors.toCollection(LinkedHashSet::new)));
  }

  @Override
  public boolean row(SourceRow row) {
    batch.add(row);
    if (batch.size() >= service.batchSize()) {
      translateBatch();
    }
    return true;
  }

  @Override
  public RecordDrafts finish() {
    if (!batch.isEmpty()) {
      translateBatch();
    }
    return RecordDrafts.one(canonical.finish().only().withTranslationJobs(jobsSummary()));
  }

  /** The first few job ids, and how many more: a file of a million rows is thousands of calls. */
  private String jobsSummary() {
    if (jobs.isEmpty()) {
      return null;
    }
    String first = jobs.stream().limit(JOBS_NAMED).collect(Collectors.joining(", "));
    return jobs.size() <= JOBS_NAMED ? first : first + " and " + (jobs.size() - JOBS_NAMED) + " more";
  }

  private void translateBatch() {
    TranslationService.Answer answer = service.translate(submission, layout, List.copyOf(batch));
    batch.clear();
    if (answer.jobId() != null) {
      jobs.add(answer.jobId());
    }
    answer.records().forEach(canonical::row);
    answer.errors().forEach(canonical::reject);
  }
}
