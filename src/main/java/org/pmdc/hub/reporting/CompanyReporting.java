package org.pmdc.hub.reporting;

import java.util.Map;
import org.pmdc.hub.database.RecalculationQueue;
import org.pmdc.hub.database.SqlFiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Computes the reporting of the companies asked for in {@code company_recalculation}, each in its
 * own transaction ({@link RecalculationQueue}): several hubs share the work, a crash leaves nothing
 * half-written, a company whose recalculation fails is postponed and the rest go on.
 */
@Component("companyReporting")
public class CompanyReporting {

  private final RecalculationQueue<Request> queue;
  private final CompanyRecalculation recalculation;

  CompanyReporting(SqlFiles sql, CompanyRecalculation recalculation, PlatformTransactionManager transactions) {
    this.recalculation = recalculation;
    this.queue = new RecalculationQueue<>(sql, transactions, "reporting", (row, n) -> new Request(
        row.getLong("publisher_id"), row.getString("company_code"), row.getString("reason"), row.getInt("attempts")));
  }

  /** A company asked for, as {@code claim-recalculation.sql} takes it. */
  record Request(long publisherId, String companyCode, String reason, int attempts)
      implements RecalculationQueue.Request {

    @Override
    public Map<String, Object> parameters() {
      return Map.of("publisherId", publisherId, "companyCode", companyCode, "reason", reason);
    }
  }

  /** Works through every company due now; answers how many rows (financials, metrics, record versions) it wrote. */
  public int recalculateRequested() {
    return queue.workThrough(request -> recalculation.recalculate(request.publisherId(), request.companyCode()));
  }
}
