import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What PostgreSQL did between {@link #start} and {@link #report}: commits (pg_stat_database) and,
 * when the server loaded pg_stat_statements (PMDC_EMBEDDED_DB_STATEMENT_STATISTICS), the
 * statements with their execution and planning time, per unit of work (a notice), and the
 * statements that took the most.
 */
final class DatabaseProfile implements AutoCloseable {

  private static final int TOP = 10;

  private final Connection db;
  private final boolean statements;
  private long commitsAtStart;

  DatabaseProfile(int port) throws SQLException {
    db = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
    boolean loaded;
    try (Statement create = db.createStatement()) {
      create.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      create.executeQuery("SELECT 1 FROM pg_stat_statements LIMIT 1").close();
      loaded = true;
    } catch (SQLException notLoaded) {
      loaded = false;
    }
    statements = loaded;
  }

  void start() throws SQLException {
    commitsAtStart = commits();
    if (statements) {
      try (Statement reset = db.createStatement()) {
        reset.execute("SELECT pg_stat_statements_reset()");
      }
    }
  }

  /** The lines to print: totals per unit, then the top statements by time per unit. */
  List<String> report(double units) throws SQLException {
    List<String> lines = new ArrayList<>();
    String totals = String.format("db per notice: %.1f commits", (commits() - commitsAtStart) / units);
    if (!statements) {
      lines.add(totals + " (statements: start the hub with PMDC_EMBEDDED_DB_STATEMENT_STATISTICS=true)");
      return lines;
    }
    String ours = " FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_%'";
    try (Statement read = db.createStatement();
        ResultSet sum = read.executeQuery("SELECT sum(calls), sum(total_exec_time), sum(total_plan_time)" + ours)) {
      sum.next();
      lines.add(totals + String.format(", %.1f statements, %.2f ms executing, %.2f ms planning",
          sum.getLong(1) / units, sum.getDouble(2) / units, sum.getDouble(3) / units));
    }
    try (Statement read = db.createStatement();
        ResultSet top = read.executeQuery("SELECT calls, total_exec_time, total_plan_time,"
            + " left(regexp_replace(query, '\\s+', ' ', 'g'), 90)" + ours
            + " ORDER BY total_exec_time + total_plan_time DESC LIMIT " + TOP)) {
      while (top.next()) {
        lines.add(String.format("  %5.2f calls %6.2f ms exec %6.2f ms plan  %s", top.getLong(1) / units,
            top.getDouble(2) / units, top.getDouble(3) / units, top.getString(4)));
      }
    }
    return lines;
  }

  private long commits() throws SQLException {
    try (Statement read = db.createStatement();
        ResultSet row = read.executeQuery("SELECT xact_commit FROM pg_stat_database WHERE datname = 'postgres'")) {
      row.next();
      return row.getLong(1);
    }
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
