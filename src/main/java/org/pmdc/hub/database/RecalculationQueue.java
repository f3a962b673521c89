package org.pmdc.hub.database;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recalculations asked for in a table, one row per thing to compute again (a company, a fund):
 * each claimed under a lease by {@code <queue>/claim-recalculation.sql} (SKIP LOCKED, so several
 * hubs share the work), committed at once so that whoever asks for it again meanwhile does not
 * wait; then computed, and in the same transaction removed by {@code
 * <queue>/finish-recalculation.sql} unless it was asked for again (then freed for the next run).
 * A crash leaves the request for the next try once its lease runs out. One that fails is put
 * back by {@code <queue>/postpone-recalculation.sql} with its error, 30 s later, doubling to at
 * most an hour, and the others go on. A run's progress (computed and failed; {@code
 * recalculation_status} adds what is left and the time it should take) is written as it goes, at
 * least every second.
 *
 * @param <R> a request as the claim reads it
 */
public final class RecalculationQueue<R extends RecalculationQueue.Request> {

  private static final Logger log = LoggerFactory.getLogger(RecalculationQueue.class);
  private static final long PROGRESS_INTERVAL_NANOS = 1_000_000_000L;

  /** A request taken from the queue. */
  public interface Request {
    /** How many times it failed before. */
    int attempts();

    /** Its key and reason, as the finishing and postponing statements' parameters. */
    Map<String, Object> parameters();
  }

  private final SqlFiles sql;
  private final TransactionTemplate transactions;
  private final String queue;
  private final RowMapper<R> requests;

  public RecalculationQueue(SqlFiles sql, PlatformTransactionManager transactions, String queue,
      RowMapper<R> requests) {
    this.sql = sql;
    this.transactions = new TransactionTemplate(transactions);
    this.queue = queue;
    this.requests = requests;
  }

  /** Works through every request due now; answers the sum of what {@code work} answered (rows written). */
  public int workThrough(ToIntFunction<R> work) {
    int written = 0;
    Run run = new Run();
    for (Optional<Done> next = next(work); next.isPresent(); next = next(work)) {
      written += next.get().written();
      run.count(next.get());
    }
    run.end();
    return written;
  }

  /** A request done: the rows it wrote, or failed (and postponed). */
  private record Done(int written, boolean failed) {}

  /** A request claimed, with the time it was asked for: asked again meanwhile, it is not done. */
  private record Claimed<R>(R request, OffsetDateTime requestedAt) {}

  /** The next request due, done; empty when none is due. */
  private Optional<Done> next(ToIntFunction<R> work) {
    Optional<Claimed<R>> claimed = transactions.execute(status -> sql.statement(queue + "/claim-recalculation.sql")
        .query((row, n) -> new Claimed<>(requests.mapRow(row, n), row.getObject("requested_at", OffsetDateTime.class)))
        .optional());
    if (claimed.isEmpty()) {
      return Optional.empty();
    }
    R request = claimed.get().request();
    try {
      return Optional.of(new Done(transactions.execute(status -> {
        int written = work.applyAsInt(request);
        sql.statement(queue + "/finish-recalculation.sql").params(request.parameters())
            .param("requestedAt", claimed.get().requestedAt()).update();
        return written;
      }), false));
    } catch (RuntimeException e) {
      postpone(request, e);
      return Optional.of(new Done(0, true));
    }
  }

  /**
   * This instance's share of a run of the queue ({@code recalculation_progress}): what it computed
   * and what failed, added every second and at its end; its end, with nothing left due, ends the run.
   * Nothing is written by a poll that finds nothing to do.
   */
  private final class Run {
    private int done;
    private int failed;
    private long writtenAt;
    private boolean started;

    void count(Done request) {
      done += request.failed() ? 0 : 1;
      failed += request.failed() ? 1 : 0;
      if (!started || System.nanoTime() - writtenAt >= PROGRESS_INTERVAL_NANOS) {
        write();
      }
    }

    void end() {
      if (started) {
        write();
        sql.statement("recalculation/finish-run.sql").param("queue", queue).update();
      }
    }

    private void write() {
      sql.statement("recalculation/add-progress.sql").param("queue", queue).param("done", done)
          .param("failed", failed).update();
      started = true;
      writtenAt = System.nanoTime();
      done = 0;
      failed = 0;
    }
  }

  private void postpone(R request, RuntimeException error) {
    int attempts = request.attempts() + 1;
    long delaySeconds = Math.min(3600, 30L << Math.min(attempts - 1, 7)); // 30 s, doubling, at most an hour
    log.error("Recalculation of {} {} failed, attempt {}; again in {} s", queue, request, attempts, delaySeconds,
        error);
    transactions.executeWithoutResult(status -> sql.statement(queue + "/postpone-recalculation.sql")
        .params(request.parameters()).param("attempts", attempts).param("delay", delaySeconds + " seconds")
        .param("error", String.valueOf(error.getMessage())).update());
  }
}
