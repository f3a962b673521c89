import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import org.postgresql.PGConnection;

/**
 * Seed 002's cohort cashflows, the third part of bench/metrics: one company with 200 funded cohort
 * months (a trade and a spend each) and 1,000,000 customer payments spread over each cohort's first
 * 36 months, loaded by COPY (the intake is bench/ingest's subject). Then the cohort table and the
 * cashflows asked for over HTTP, and, as the baseline of the same run, the single SQL aggregate of
 * the same payments by cohort and month that the calculation starts from; each timed RUNS times,
 * the median kept.
 */
final class CohortBench {

  static final int COHORTS = 200;
  private static final int PERIODS = 36;
  private static final int RUNS = 5;
  private static final LocalDate FIRST_COHORT = LocalDate.of(2008, 1, 1);

  private CohortBench() {}

  /**
   * Seconds (median): the cohort table and the cashflows computed as they are answered, the SQL
   * aggregate of the same payments, and the cohort table answered as kept.
   */
  static double[] measure(BenchHub hub, Connection db, int payments, String run) throws Exception {
    String publisher = "bench-" + run + "-cohorts";
    hub.post("/api/v1/publishers", "{\"code\":\"" + publisher + "\",\"name\":\"Bench CVF\"}");
    hub.approve("publishers", publisher);
    hub.post("/api/v1/funds", "{\"publisher\":\"" + publisher + "\",\"code\":\"CVF-I\",\"name\":\"Bench CVF\",\"currency\":\"USD\"}");
    long company;
    String companyPublicId;
    try (PreparedStatement insert = db.prepareStatement("INSERT INTO company (publisher_id, code, name, fund_id,"
        + " reporting_status, reporting_currency, created_by, last_updated_by) SELECT p.id, 'CVF-CO', 'Bench company', f.id,"
        + " 'active', 'USD', 'bench', 'bench'"
        + " FROM publisher p JOIN fund f ON f.publisher_id = p.id WHERE p.code = ? RETURNING id, public_id")) {
      insert.setString(1, publisher);
      try (ResultSet row = insert.executeQuery()) {
        row.next();
        company = row.getLong(1);
        companyPublicId = row.getString(2);
      }
    }
    load(db, company, payments);
    String base = "/api/v1/companies/" + companyPublicId;
    // The load asked for the company's figures; once kept, they are answered as kept.
    while (number(db, "SELECT count(*) FROM cohort_result r WHERE company_id = ? AND NOT EXISTS"
        + " (SELECT 1 FROM cohort_recalculation q WHERE q.company_id = r.company_id)", company) == 0) {
      Thread.sleep(100);
    }
    double kept = median(() -> get(hub, base + "/cohorts_table"));
    // A request no hub takes yet: the operations compute the figures as they answer.
    update(db, "INSERT INTO cohort_recalculation (company_id, reason, not_before) VALUES (?, 'bench',"
        + " now() + interval '1 day')", company);
    double table = median(() -> get(hub, base + "/cohorts_table"));
    double cashflows = median(() -> get(hub, base + "/cashflows"));
    double aggregate = median(() -> {
      try (PreparedStatement sql = db.prepareStatement("SELECT cohort_month, date_trunc('month', payment_date), sum(amount),"
          + " count(*) FROM cohort_payment WHERE company_id = ? GROUP BY 1, 2")) {
        sql.setLong(1, company);
        try (ResultSet rows = sql.executeQuery()) {
          while (rows.next()) {
            rows.getBigDecimal(3);
          }
        }
      }
    });
    return new double[] {table, cashflows, aggregate, kept};
  }

  /** Trades, spends, then the payments, each cohort's spread evenly over its 36 months, by COPY. */
  private static void load(Connection db, long company, int payments) throws Exception {
    String last = FIRST_COHORT.plusMonths(COHORTS - 1).toString();
    for (String terms : new String[] {
        "INSERT INTO cohort_trade (company_id, cohort_month, sharing_percentage, cash_cap, updated_by)"
            + " SELECT ?, m, 0.5, 60000, 'bench' FROM generate_series(?::date, ?::date, interval '1 month') m",
        "INSERT INTO cohort_spend (company_id, cohort_month, spend, updated_by)"
            + " SELECT ?, m, 100000, 'bench' FROM generate_series(?::date, ?::date, interval '1 month') m"}) {
      try (PreparedStatement insert = db.prepareStatement(terms)) {
        insert.setLong(1, company);
        insert.setString(2, FIRST_COHORT.toString());
        insert.setString(3, last);
        insert.execute();
      }
    }
    var copy = db.unwrap(PGConnection.class).getCopyAPI();
    String sql = "COPY cohort_payment (company_id, payment_id, customer_id, payment_date, cohort_month, amount, updated_by)"
        + " FROM STDIN WITH (FORMAT csv)";
    StringBuilder chunk = new StringBuilder();
    for (int k = 0; k < payments; k++) {
      int cohort = k % COHORTS;
      int customer = k / COHORTS;
      LocalDate month = FIRST_COHORT.plusMonths(cohort);
      LocalDate paid = month.plusMonths(customer % PERIODS).plusDays(customer % 28);
      chunk.append(company).append(",P").append(k).append(",C").append(cohort).append('-').append(customer % 500)
          .append(',').append(paid).append(',').append(month).append(',').append(10 + customer % 90).append('.')
          .append(k % 100).append(",bench\n");
      if (chunk.length() > 8_000_000 || k == payments - 1) {
        copy.copyIn(sql, new StringReader(chunk.toString()));
        chunk.setLength(0);
      }
    }
    try (PreparedStatement analyze = db.prepareStatement("ANALYZE cohort_payment")) {
      analyze.execute();
    }
  }

  private static long number(Connection db, String sql, long id) throws Exception {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setLong(1, id);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static void update(Connection db, String sql, long id) throws Exception {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setLong(1, id);
      statement.executeUpdate();
    }
  }

  private static void get(BenchHub hub, String path) throws Exception {
    HttpResponse<String> answer = BenchHub.HTTP.send(hub.request(path).build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200 || !answer.body().contains("\"cohorts\"")) {
      throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
    }
  }

  interface Timed {
    void run() throws Exception;
  }

  private static double median(Timed work) throws Exception {
    double[] seconds = new double[RUNS];
    work.run(); // warm: plans, JIT, caches
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      work.run();
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    return seconds[RUNS / 2];
  }
}
