import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Company reporting recalculation: N companies × 12 quarters stored as company-metrics records
 * (a third each in USD, EUR and AUD, rates imported for every quarter end), then every company
 * asked for again with its results removed, timed until each quarter's financials and metrics are
 * back in its three views; the same for 10·N; then the first quarter amended, counting the rows
 * the recalculation rewrote against those that depend on it (its financials; the metrics of it and
 * the seven quarters whose windows read it). Then fund performance the same way ({@link PerformanceBench}).
 */
public final class MetricsBench {

  private static final int QUARTERS = 12;
  private static final int VIEWS = 3;
  private static final String[] CURRENCIES = {"USD", "EUR", "AUD"};

  public static void main(String[] args) throws Exception {
    BenchHub hub = new BenchHub(args[0], args[1]);
    int n = Integer.parseInt(args[3]);
    int payments = Integer.parseInt(args[4]);
    String run = Long.toString(System.currentTimeMillis(), 36);
    List<LocalDate> quarterEnds = new ArrayList<>();
    for (int q = 0; q < QUARTERS; q++) {
      quarterEnds.add(LocalDate.of(2022, 3, 31).plusMonths(3L * q).withDayOfMonth(1).plusMonths(1).minusDays(1));
    }
    hub.postCsv("/api/v1/fx-rates/import", rates(quarterEnds));
    try (Connection db = DriverManager.getConnection(args[2], "postgres", "")) {
      if (n == 0) { // the cohorts alone
        System.out.println("RESULT " + cohorts(hub, db, payments, run));
        return;
      }
      Publisher small = store(hub, db, "bench-" + run + "-n", n, quarterEnds);
      Publisher large = store(hub, db, "bench-" + run + "-10n", 10 * n, quarterEnds);
      double secondsN = recalculateAll(db, small);
      double seconds10n = recalculateAll(db, large);
      System.out.printf("recalculated %d companies x %d quarters x %d views in %.2f s; %d in %.2f s%n",
          n, QUARTERS, VIEWS, secondsN, 10 * n, seconds10n);
      long[] rewritten = amendOneQuarter(hub, db, small, quarterEnds.get(0));
      long depending = (long) n * VIEWS * (1 + 8);
      double[] performance = PerformanceBench.measure(hub, db, n, run);
      System.out.printf("performance of %d funds x %d investors recalculated in %.2f s; %d in %.2f s%n",
          n, PerformanceBench.INVESTORS, performance[0], 10 * n, performance[1]);
      String cohorts = cohorts(hub, db, payments, run);
      System.out.printf("RESULT companies=%d quarters=%d seconds_n=%.2f seconds_10n=%.2f ratio=%.2f"
              + " financials_rewritten=%d metrics_rewritten=%d rows_depending_on_the_amended_quarter=%d"
              + " record_versions_stored=%d records_depending_on_the_amended_quarter=%d"
              + " funds=%d investors_per_fund=%d performance_seconds_n=%.2f performance_seconds_10n=%.2f"
              + " performance_ratio=%.2f %s%n",
          n, QUARTERS, secondsN, seconds10n, seconds10n / secondsN, rewritten[0], rewritten[1], depending,
          rewritten[2], (long) n * 8, n, PerformanceBench.INVESTORS, performance[0], performance[1],
          performance[1] / performance[0], cohorts);
    }
  }

  /** Seed 002's cohorts ({@link CohortBench}): prints its figures, answers them as RESULT fields. */
  private static String cohorts(BenchHub hub, Connection db, int payments, String run) throws Exception {
    double[] cohorts = CohortBench.measure(hub, db, payments, run);
    System.out.printf("cohort table of %d cohorts over %d payments computed in %.3f s, cashflows in %.3f s;"
        + " one SQL aggregate of the same payments in %.3f s; the cohort table as kept in %.3f s%n",
        CohortBench.COHORTS, payments, cohorts[0], cohorts[1], cohorts[2], cohorts[3]);
    String fields = String.format("cohorts=%d payments=%d cohort_table_seconds=%.3f cashflows_seconds=%.3f"
        + " payments_aggregate_seconds=%.3f cohort_table_ratio=%.2f cohort_table_kept_seconds=%.3f",
        CohortBench.COHORTS, payments, cohorts[0], cohorts[1], cohorts[2], cohorts[0] / cohorts[2], cohorts[3]);
    return fields;
  }

  private record Publisher(String code, long id, String token, int companies) {}

  /** A publisher with one fund and its companies' 12 quarters stored, their reporting computed once. */
  private static Publisher store(BenchHub hub, Connection db, String code, int companies, List<LocalDate> quarterEnds)
      throws Exception {
    hub.post("/api/v1/publishers", "{\"code\":\"" + code + "\",\"name\":\"Bench GP\"}");
    hub.post("/api/v1/funds", "{\"publisher\":\"" + code + "\",\"code\":\"GF-III\",\"name\":\"Bench Fund\",\"currency\":\"USD\"}");
    String token = hub.token("publisher-" + code, hub.approve("publishers", code));
    long id = number(db, "SELECT id FROM publisher WHERE code = ?", code);
    Publisher publisher = new Publisher(code, id, token, companies);
    for (LocalDate quarterEnd : quarterEnds) {
      submit(hub, publisher, metrics(quarterEnd, companies, ""));
    }
    awaitComputed(db, publisher);
    return publisher;
  }

  /** Every company asked for again with its results gone; seconds until all are back. */
  private static double recalculateAll(Connection db, Publisher publisher) throws Exception {
    update(db, "DELETE FROM company_financials WHERE publisher_id = ?", publisher.id()); // and their metrics
    long started = System.nanoTime();
    update(db, "INSERT INTO company_recalculation (publisher_id, company_code, reason)"
        + " SELECT DISTINCT n.publisher_id, l.line_key, 'bench' FROM notice n JOIN record_line l ON l.notice_id = n.id"
        + " WHERE n.publisher_id = ? AND n.superseded_at IS NULL", publisher.id());
    awaitComputed(db, publisher);
    return (System.nanoTime() - started) / 1e9;
  }

  /**
   * The first quarter amended (one company's revenue changed); the financials and metrics rows, and
   * the company reporting record versions, written since. Every company of the amended record
   * depends on it (its lineage names the record's version): its financials of that quarter, its
   * metrics of the 8 quarters whose windows read it, and so its records of those 8 quarters.
   */
  private static long[] amendOneQuarter(BenchHub hub, Connection db, Publisher publisher, LocalDate quarterEnd)
      throws Exception {
    Timestamp before = new Timestamp(System.currentTimeMillis());
    submit(hub, publisher, metrics(quarterEnd, publisher.companies(), "1"));
    // The submission is answered before it is stored: wait for the amendment, then for its recalculation.
    while (number(db, "SELECT count(*) FROM notice WHERE publisher_id = ? AND record_type = 'company_quarterly_metrics'"
        + " AND version = 2", publisher.id()) == 0) {
      Thread.sleep(100);
    }
    awaitComputed(db, publisher);
    Thread.sleep(1000); // a recalculation that was still being taken is done too
    return new long[] {
        number(db, "SELECT count(*) FROM company_financials WHERE publisher_id = ? AND computed_at > ?",
            publisher.id(), before),
        number(db, "SELECT count(*) FROM company_reporting_metrics m JOIN company_financials f ON f.id = m.financials_id"
            + " WHERE f.publisher_id = ? AND m.computed_at > ?", publisher.id(), before),
        number(db, "SELECT count(*) FROM notice WHERE publisher_id = ? AND record_type = 'company_reporting'"
            + " AND created_at > ?", publisher.id(), before)};
  }

  private static void awaitComputed(Connection db, Publisher publisher) throws Exception {
    long expected = (long) publisher.companies() * QUARTERS * VIEWS;
    while (number(db, "SELECT count(*) FROM company_reporting_metrics m JOIN company_financials f"
        + " ON f.id = m.financials_id WHERE f.publisher_id = ?", publisher.id()) < expected
        || number(db, "SELECT count(*) FROM company_recalculation WHERE publisher_id = ?", publisher.id()) > 0) {
      Thread.sleep(100);
    }
  }

  private static void submit(BenchHub hub, Publisher publisher, String json) throws Exception {
    HttpResponse<String> response = BenchHub.HTTP.send(HttpRequest.newBuilder(URI.create(hub.url + "/api/v1/submissions"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + publisher.token())
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 202) {
      throw new IllegalStateException("submission answered " + response.statusCode() + ": " + response.body());
    }
  }

  /** One quarter's metrics of every company, in the shape of sample-files/portfolio-metrics.json. */
  private static String metrics(LocalDate quarterEnd, int companies, String revenueSuffix) {
    StringBuilder json = new StringBuilder("{\"fund\": \"GF-III\", \"fiscal_reporting_date\": \"" + quarterEnd
        + "\", \"source_system\": \"bench\", \"companies\": [");
    for (int c = 0; c < companies; c++) {
      if (c > 0) {
        json.append(',');
      }
      String revenue = (1000000 + c * 1000 + quarterEnd.getMonthValue()) + (c == 0 ? revenueSuffix : "") + ".00";
      json.append("{\"company_id\": \"C").append(c).append("\", \"name\": \"Company ").append(c)
          .append("\", \"currency\": \"").append(CURRENCIES[c % 3]).append("\", \"total_revenue\": ").append(revenue)
          .append(", \"recurring_revenue\": 400000.00, \"gross_profit\": 600000.00, \"sales_marketing_expense\": 200000.00,"
              + " \"total_operating_expense\": 900000.00, \"ebitda\": -100000.00, \"net_income\": -150000.00,"
              + " \"cash_burn\": 300000.00, \"cash_balance\": 5000000.00, \"debt_outstanding\": 1000000.00,"
              + " \"employees\": 50, \"customers\": 100, \"reporting_year\": ").append(quarterEnd.getYear())
          .append(", \"reporting_quarter\": ").append((quarterEnd.getMonthValue() + 2) / 3).append('}');
    }
    return json.append("]}").toString();
  }

  /** Synthetic euro rates for the quarter ends, in the ECB history CSV layout (newest first). */
  private static String rates(List<LocalDate> quarterEnds) {
    StringBuilder csv = new StringBuilder("Date,USD,CAD,AUD,\n");
    for (int q = quarterEnds.size() - 1; q >= 0; q--) {
      csv.append(quarterEnds.get(q)).append(',').append(1.05 + q / 1000.0).append(',').append(1.45 + q / 1000.0)
          .append(',').append(1.60 + q / 1000.0).append(",\n");
    }
    return csv.toString();
  }

  private static long number(Connection db, String sql, Object... params) throws Exception {
    try (PreparedStatement statement = prepared(db, sql, params); ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static void update(Connection db, String sql, Object... params) throws Exception {
    try (PreparedStatement statement = prepared(db, sql, params)) {
      statement.executeUpdate();
    }
  }

  private static PreparedStatement prepared(Connection db, String sql, Object... params) throws Exception {
    PreparedStatement statement = db.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      statement.setObject(i + 1, params[i]);
    }
    return statement;
  }
}
