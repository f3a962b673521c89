package org.pmdc.hub.cohorts;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pmdc.hub.database.RecalculationQueue;
import org.pmdc.hub.database.SqlFiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Keeps each company's cohort cashflows and cohort table as computed, again for every company
 * asked for in {@code cohort_recalculation} (which any change to its inputs asks for, V31), each in
 * its own transaction ({@link RecalculationQueue}): several hubs share the work, a crash leaves the
 * request, a failure is postponed and the other companies go on.
 */
@Component("cohortResults")
public class CohortResults {

  private final RecalculationQueue<Request> queue;
  private final CohortAnalytics analytics;
  private final SqlFiles sql;

  CohortResults(SqlFiles sql, CohortAnalytics analytics, PlatformTransactionManager transactions) {
    this.sql = sql;
    this.analytics = analytics;
    this.queue = new RecalculationQueue<>(sql, transactions, "cohorts", (row, n) -> new Request(
        row.getLong("company_id"), row.getObject("public_id", UUID.class), row.getString("reason"), row.getInt("attempts")));
  }

  /** A company asked for, as {@code claim-recalculation.sql} takes it. */
  record Request(long companyId, UUID company, String reason, int attempts) implements RecalculationQueue.Request {

    @Override
    public Map<String, Object> parameters() {
      return Map.of("companyId", companyId, "reason", reason);
    }
  }

  /** Works through every company due now; answers how many it computed. */
  public int recalculateRequested() {
    return queue.workThrough(this::recalculate);
  }

  private int recalculate(Request request) {
    try {
      return sql.statement("cohorts/save-result.sql").param("companyId", request.companyId())
          .param("cashflows", analytics.cashflows(request.companyId(), request.company().toString(), Optional.empty()))
          .param("cohortTable", analytics.cohortTable(request.companyId()))
          .update();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
