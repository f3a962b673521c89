package org.pmdc.hub.reporting;

import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.pmdc.hub.database.SqlFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the reporting of the companies asked for in {@code company_recalculation}: each one in
 * its own transaction, which takes the request, writes the quarters that changed and removes the
 * request, so several hubs share the work and a crash leaves nothing half-written. A company whose
 * recalculation fails is postponed and the rest go on.
 */
@Component("companyReporting")
public class CompanyReporting {

  private static final Logger log = LoggerFactory.getLogger(CompanyReporting.class);

  private final SqlFiles sql;
  private final CompanyRecalculation recalculation;
  private final TransactionTemplate transactions;

  CompanyReporting(SqlFiles sql, CompanyRecalculation recalculation, PlatformTransactionManager transactions) {
    this.sql = sql;
    this.recalculation = recalculation;
    this.transactions = new TransactionTemplate(transactions);
  }

  /** A company asked for, as {@code claim-recalculation.sql} takes it. */
  record Request(long publisherId, String companyCode, String reason, int attempts) {}

  /** Works through every company due now; answers how many rows (financials, metrics, record versions) it wrote. */
  public int recalculateRequested() {
    int written = 0;
    for (OptionalInt next = recalculateNext(); next.isPresent(); next = recalculateNext()) {
      written += next.getAsInt();
    }
    return written;
  }

  /** The next company due: the views it wrote (0 when it failed and was postponed); empty when none is due. */
  private OptionalInt recalculateNext() {
    AtomicReference<Request> taken = new AtomicReference<>();
    try {
      return transactions.execute(status -> sql.statement("reporting/claim-recalculation.sql")
          .query((row, n) -> new Request(row.getLong("publisher_id"), row.getString("company_code"),
              row.getString("reason"), row.getInt("attempts")))
          .optional()
          .map(request -> {
            taken.set(request);
            return OptionalInt.of(recalculation.recalculate(request.publisherId(), request.companyCode()));
          })
          .orElse(OptionalInt.empty()));
    } catch (RuntimeException e) {
      if (taken.get() == null) {
        throw e;
      }
      postpone(taken.get(), e);
      return OptionalInt.of(0);
    }
  }

  private void postpone(Request request, RuntimeException error) {
    int attempts = request.attempts() + 1;
    long delaySeconds = Math.min(3600, 30L << Math.min(attempts - 1, 7)); // 30 s, doubling, at most an hour
    log.error("Reporting of company {} (publisher {}) not computed, attempt {}; again in {} s", request.companyCode(),
        request.publisherId(), attempts, delaySeconds, error);
    transactions.executeWithoutResult(status -> sql.statement("reporting/postpone-recalculation.sql")
        .param("publisherId", request.publisherId()).param("companyCode", request.companyCode())
        .param("reason", request.reason()).param("attempts", attempts).param("delay", delaySeconds + " seconds")
        .param("error", String.valueOf(error.getMessage())).update());
  }
}
