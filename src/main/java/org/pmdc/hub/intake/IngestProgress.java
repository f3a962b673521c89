package org.pmdc.hub.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pmdc.hub.database.SqlFiles;
import org.pmdc.hub.translation.PassProgress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How far the submissions this hub is processing have come, for their status (GET
 * /api/v1/submissions/{id}) and the console's journey. The pass counts in memory as it reads; the
 * {@code report-ingest-progress} route writes the figures of each submission processed longer than
 * the interval, every interval, so a short notice costs no statement and a long file is never more
 * than two intervals stale. How long the checking and storing took is written when it ends, to
 * estimate the next one's time left ({@code submission_progress_estimate}).
 */
@Component("ingestProgress")
public class IngestProgress {

  private final SqlFiles sql;
  private final Duration interval;
  private final Map<Long, Tracker> running = new ConcurrentHashMap<>();

  IngestProgress(SqlFiles sql, @Value("${pmdc.processing.progress-interval-ms}") long intervalMillis) {
    this.sql = sql;
    this.interval = Duration.ofMillis(intervalMillis);
  }

  /** From now, the progress of a claimed submission ({@code sql/processing/claim-submission.sql}'s row). */
  public PassProgress start(Map<String, Object> claimed) {
    Tracker tracker =
        new Tracker(((Number) claimed.get("id")).longValue(), ((Number) claimed.get("size_bytes")).longValue());
    running.put(tracker.submissionId, tracker);
    return tracker;
  }

  /** The submission goes on to {@code checking} or {@code storing} a record. */
  public void stage(long submissionId, String stage) {
    Tracker tracker = running.get(submissionId);
    if (tracker != null) {
      tracker.stage = stage;
    }
  }

  /** Writes the figures of every submission processed longer than the interval. */
  public void report() {
    Instant due = Instant.now().minus(interval);
    running.values().stream().filter(tracker -> tracker.startedAt.isBefore(due))
        .forEach(tracker -> write(tracker, null));
  }

  /** Its processing ended, whatever the outcome: progress once written is marked finished. */
  public void finish(long submissionId) {
    Tracker tracker = running.remove(submissionId);
    if (tracker != null && tracker.written) {
      write(tracker, Instant.now());
    }
  }

  private void write(Tracker tracker, Instant finishedAt) {
    synchronized (tracker) { // the route's report and the worker's finish
      if (tracker.finished) {
        return;
      }
      Map<String, Object> figures = new HashMap<>();
      figures.put("submissionId", tracker.submissionId);
      figures.put("stage", finishedAt != null ? "finished" : tracker.stage);
      figures.put("bytesRead", tracker.bytesRead);
      figures.put("bytesTotal", tracker.bytesTotal);
      figures.put("rowsRead", tracker.rowsRead);
      figures.put("startedAt", at(tracker.startedAt));
      figures.put("readAt", at(tracker.readAt));
      figures.put("finishedAt", at(finishedAt));
      sql.statement("processing/record-progress.sql").params(figures).update();
      tracker.written = true;
      tracker.finished = finishedAt != null;
    }
  }

  private static OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  /** One submission's figures: set by its worker, read by the reporting route. */
  private static final class Tracker implements PassProgress {
    final long submissionId;
    final long bytesTotal;
    final Instant startedAt = Instant.now();
    volatile String stage = "reading";
    volatile long bytesRead;
    volatile long rowsRead;
    volatile Instant readAt;
    boolean written;
    boolean finished;

    Tracker(long submissionId, long bytesTotal) {
      this.submissionId = submissionId;
      this.bytesTotal = bytesTotal;
    }

    @Override
    public void read(long bytesRead, long rowsRead) {
      this.bytesRead = bytesRead;
      this.rowsRead = rowsRead;
    }

    @Override
    public void readAll(long rowsRead) {
      this.bytesRead = bytesTotal;
      this.rowsRead = rowsRead;
      this.readAt = Instant.now();
      this.stage = "checking";
    }
  }
}
