import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Fund and LP performance recalculation, the second half of bench/metrics: N funds of 10 investors
 * each, with 4 capital calls, 2 capital account statements and a distribution per fund, then every
 * fund asked for again with its snapshots removed, timed until all are back; the same for 10·N.
 */
final class PerformanceBench {

  static final int INVESTORS = 10;
  private static final String[] CALL_DUE = {"2025-01-15", "2025-04-15", "2025-07-15", "2025-10-15"};
  private static final String[] STATEMENTS = {"2025-06-30", "2025-12-31"};

  private PerformanceBench() {}

  /** Seconds to recalculate N funds, then 10·N. */
  static double[] measure(BenchHub hub, Connection db, int n, String run) throws Exception {
    long small = store(hub, db, "bench-" + run + "-funds-n", n);
    long large = store(hub, db, "bench-" + run + "-funds-10n", 10 * n);
    return new double[] {recalculateAll(db, small), recalculateAll(db, large)};
  }

  /** A publisher with its funds' records stored and their performance computed once; its id. */
  private static long store(BenchHub hub, Connection db, String code, int funds) throws Exception {
    hub.post("/api/v1/publishers", "{\"code\":\"" + code + "\",\"name\":\"Bench GP\"}");
    String token = hub.token("publisher-" + code, hub.approve("publishers", code));
    for (int f = 0; f < funds; f++) {
      String fund = "F" + f;
      hub.post("/api/v1/funds", "{\"publisher\":\"" + code + "\",\"code\":\"" + fund
          + "\",\"name\":\"Bench Fund\",\"currency\":\"USD\"}");
      for (int c = 0; c < CALL_DUE.length; c++) {
        submit(hub, token, call(fund, c));
      }
      for (int s = 0; s < STATEMENTS.length; s++) {
        submit(hub, token, statement(fund, s));
      }
      submit(hub, token, distribution(fund));
    }
    long id = number(db, "SELECT id FROM publisher WHERE code = ?", code);
    long records = (long) funds * (CALL_DUE.length + STATEMENTS.length + 1);
    while (number(db, "SELECT count(*) FROM notice WHERE publisher_id = ?", id) < records
        || pending(db, id) > 0) {
      Thread.sleep(200);
    }
    return id;
  }

  /** Every fund asked for again with its snapshots gone; seconds until all are computed. */
  private static double recalculateAll(Connection db, long publisherId) throws Exception {
    long snapshots = number(db, "SELECT count(*) FROM performance_snapshot WHERE publisher_id = ?", publisherId);
    update(db, "DELETE FROM performance_snapshot WHERE publisher_id = ?", publisherId);
    long started = System.nanoTime();
    update(db, "INSERT INTO performance_recalculation (fund_id, reason) SELECT id, 'bench' FROM fund"
        + " WHERE publisher_id = ?", publisherId);
    while (pending(db, publisherId) > 0
        || number(db, "SELECT count(*) FROM performance_snapshot WHERE publisher_id = ?", publisherId) < snapshots) {
      Thread.sleep(50);
    }
    return (System.nanoTime() - started) / 1e9;
  }

  private static long pending(Connection db, long publisherId) throws Exception {
    return number(db, "SELECT count(*) FROM performance_recalculation r JOIN fund f ON f.id = r.fund_id"
        + " WHERE f.publisher_id = ?", publisherId);
  }

  /** Call c of the fund: 25,000 from each investor (commitment 100,000), due in 2025's quarter c. */
  private static String call(String fund, int c) throws Exception {
    return csv("capital-call.csv", i -> Map.of("fund_id", fund, "notice_reference", "CC-" + c,
        "notice_date", CALL_DUE[c].replace("-15", "-01"), "due_date", CALL_DUE[c], "currency", "USD",
        "notice_total", 25000 * INVESTORS + ".00", "investor_id", "LP-" + i, "commitment", "100000.00",
        "investments", "25000.00", "amount", "25000.00"));
  }

  /** Statement s: each investor's two calls of the half year and a gain that makes its NAV 105 % of all called. */
  private static String statement(String fund, int s) throws Exception {
    long beginning = s == 0 ? 0 : 52500;
    long ending = 52500L * (s + 1);
    return csv("capital-account-statement.csv", i -> Map.of("fund_id", fund,
        "period_start", s == 0 ? "2025-01-01" : "2025-07-01", "period_end", STATEMENTS[s], "currency", "USD",
        "investor_id", "LP-" + i, "beginning_nav", beginning + ".00", "contributions", "50000.00",
        "unrealized_gain_loss", (ending - beginning - 50000) + ".00", "ending_nav", ending + ".00",
        "total_commitment", "100000.00"));
  }

  /** 10,000 back to each investor on 2026-03-31, 1,000 of it withheld. */
  private static String distribution(String fund) throws Exception {
    return csv("distribution.csv", i -> Map.of("fund_id", fund, "notice_reference", "DN-1",
        "notice_date", "2026-03-20", "payment_date", "2026-03-31", "currency", "USD",
        "notice_total", 9000 * INVESTORS + ".00", "investor_id", "LP-" + i, "return_of_capital", "10000.00",
        "withholding_tax", "1000.00", "amount", "9000.00"));
  }

  /** A file in the layout of the sample (its header), a row per investor, the columns not given left empty. */
  private static String csv(String sample, IntFunction<Map<String, String>> investor) throws Exception {
    String header = Files.readAllLines(Path.of("sample-files", sample)).get(0);
    StringBuilder csv = new StringBuilder(header).append('\n');
    for (int i = 0; i < INVESTORS; i++) {
      Map<String, String> values = investor.apply(i);
      csv.append(String.join(",", Arrays.stream(header.split(",")).map(c -> values.getOrDefault(c, "")).toList()))
          .append('\n');
    }
    return csv.toString();
  }

  private static void submit(BenchHub hub, String token, String csv) throws Exception {
    HttpResponse<String> response = BenchHub.HTTP.send(HttpRequest.newBuilder(URI.create(hub.url + "/api/v1/submissions"))
        .header("Content-Type", "text/csv").header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 202) {
      throw new IllegalStateException("submission answered " + response.statusCode() + ": " + response.body());
    }
  }

  private static long number(Connection db, String sql, Object... params) throws Exception {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static void update(Connection db, String sql, Object... params) throws Exception {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      statement.executeUpdate();
    }
  }
}
