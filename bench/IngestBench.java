import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * Ingest benchmark driver (run by bench/ingest): drops an N-row capital-call CSV into a running
 * hub's folder channel and times drop -> committed canonical rows (notices, allocations, outbox);
 * then loads the same file with PostgreSQL COPY into a table of the same shape on the same server.
 * The file is one notice in the canonical layout, or, with RECORDS > 0, a fund administrator's
 * ledger (mapping cedar-capital-call-ledger-csv) of RECORDS calls across several funds, its rows
 * sorted by investor so that every call stays open until the end of the file.
 *
 * <pre>java -cp CLASSPATH IngestBench HUB_URL INBOX_ROOT JDBC_URL ROWS ADMIN_TOKEN HUB_PID DB_PORT RECORDS</pre>
 */
public class IngestBench {

  /** A smaller file first: the measured run then meets a warm hub, as a production hub is. */
  private static final int WARM_UP_ROWS = 20_000;

  /** The hub's process and its database's port, whose CPU use is reported. */
  private static long hubPid;
  private static int databasePort;

  /** At most this many calls per fund in a ledger: a fund's life holds dozens, not thousands. */
  private static final int CALLS_PER_FUND = 50;

  record Run(String run, Path folder, double seconds, long heapMaxBytes, String cpuUsed) {}

  /** What is dropped: ROWS rows in RECORDS records (0: one notice in the canonical layout). */
  record Shape(int rows, int records) {
    boolean ledger() {
      return records > 0;
    }

    int funds() {
      return ledger() ? (records + CALLS_PER_FUND - 1) / CALLS_PER_FUND : 1;
    }

    String fileName() {
      return ledger() ? "ledger.csv" : "allocations.csv";
    }

    Shape scaledTo(int fewerRows) {
      return new Shape(fewerRows, ledger() ? Math.max(1, (int) ((long) records * fewerRows / rows)) : 0);
    }
  }

  public static void main(String[] args) throws Exception {
    BenchHub hub = new BenchHub(args[0], args[4]);
    Path inbox = Path.of(args[1]);
    String jdbc = args[2];
    Shape shape = new Shape(Integer.parseInt(args[3]), Integer.parseInt(args[7]));
    hubPid = Long.parseLong(args[5]);
    databasePort = Integer.parseInt(args[6]);
    String run = Long.toString(System.currentTimeMillis(), 36);
    int rows = shape.rows();

    try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
      Run warmUp = ingest(hub, inbox, db, shape.scaledTo(Math.min(WARM_UP_ROWS, rows)), run + "w");
      System.out.printf("warm-up: %.2f s%n", warmUp.seconds());
      Run measured = ingest(hub, inbox, db, shape, run);
      System.out.println(measured.cpuUsed());
      double copySeconds = copy(db, measured.folder().resolve(".done"), shape, run, false);
      double keyedSeconds = copy(db, measured.folder().resolve(".done"), shape, run, true);
      double hubRate = rows / measured.seconds();
      double copyRate = rows / copySeconds;
      double keyedRate = rows / keyedSeconds;
      System.out.printf("copy: %d rows in %.2f s; into a table keyed as the allocations are, %.2f s%n", rows,
          copySeconds, keyedSeconds);
      System.out.printf("RESULT rows=%d%s hub_rows_per_s=%.0f copy_rows_per_s=%.0f ratio=%.3f"
              + " keyed_copy_rows_per_s=%.0f ratio_keyed=%.3f heap_max_mb=%d%n",
          rows, shape.ledger() ? " records=" + shape.records() : "", hubRate, copyRate, hubRate / copyRate,
          keyedRate, hubRate / keyedRate, measured.heapMaxBytes() / (1024 * 1024));
    }
  }

  /** Registers a publisher with its funds and a subscriber, drops the file, waits until it is stored. */
  private static Run ingest(BenchHub hub, Path inbox, Connection db, Shape shape, String run) throws Exception {
    int rows = shape.rows();
    String publisher = "bench-" + run;
    hub.post("/api/v1/publishers", "{\"code\":\"" + publisher + "\",\"name\":\"Bench GP\"}");
    for (int fund = 1; fund <= shape.funds(); fund++) {
      hub.post("/api/v1/funds", "{\"publisher\":\"" + publisher + "\",\"code\":\"BENCH-" + fund
          + "\",\"name\":\"Bench Fund " + fund + "\",\"currency\":\"USD\"}");
    }
    hub.post("/api/v1/subscribers", "{\"code\":\"lp-" + run + "\",\"name\":\"Bench LP\"}");
    hub.approve("publishers", publisher);
    hub.approve("subscribers", "lp-" + run);
    hub.post("/api/v1/subscriptions", "{\"publisher\":\"" + publisher + "\",\"subscriber\":\"lp-" + run
        + "\",\"investors\":\"all\",\"channels\":[{\"type\":\"webhook\",\"url\":\"http://127.0.0.1:9/discard\"}]}");

    Path csv = Files.createTempFile("bench-allocations", ".csv");
    long bytes = shape.ledger() ? generateLedger(csv, shape, run) : generate(csv, rows, run);
    System.out.printf("generated %d rows%s, %.1f MB%n", rows,
        shape.ledger() ? " in " + shape.records() + " calls of " + shape.funds() + " funds" : "", bytes / 1e6);

    Path folder = Files.createDirectories(inbox.resolve(publisher));
    Map<String, Double> routeSecondsBefore = routeSeconds(hub);
    CpuShare cpu = CpuShare.start(hubPid, databasePort);
    long started = System.nanoTime();
    long droppedAtMillis = System.currentTimeMillis();
    Files.move(csv, folder.resolve(shape.fileName()));
    long heapMax = 0;
    String status;
    while (true) {
      heapMax = Math.max(heapMax, heapUsedBytes(hub));
      status = submissionStatus(db, publisher);
      if (status != null && !status.equals("received") && !status.equals("processing")) {
        break;
      }
      Thread.sleep(100);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    String cpuUsed = cpu.report();
    long stored = count(db, "SELECT count(*) FROM capital_call_allocation a JOIN notice n ON n.id = a.notice_id "
        + "JOIN publisher p ON p.id = n.publisher_id WHERE p.code = '" + publisher + "'");
    long notices = count(db, "SELECT count(*) FROM notice n JOIN publisher p ON p.id = n.publisher_id "
        + "WHERE p.code = '" + publisher + "'");
    long outbox = count(db, "SELECT count(*) FROM delivery d JOIN notice n ON n.id = d.notice_id "
        + "JOIN publisher p ON p.id = n.publisher_id WHERE p.code = '" + publisher + "'");
    System.out.printf("hub: status=%s notices=%d allocations=%d outbox=%d in %.2f s%n", status, notices, stored, outbox,
        seconds);
    printStages(db, publisher, droppedAtMillis);
    Map<String, Double> routeSecondsAfter = routeSeconds(hub);
    double storing = elapsed(routeSecondsBefore, routeSecondsAfter, "store-notice");
    double checking = elapsed(routeSecondsBefore, routeSecondsAfter, "check-record");
    System.out.printf("taken->stored: %.2f s reading, mapping and staging the rows, %.2f s checking the records in SQL,"
            + " %.2f s the storing transactions%n",
        elapsed(routeSecondsBefore, routeSecondsAfter, "translate-and-store") - checking - storing, checking, storing);
    if (!status.equals("stored") || stored != rows || notices != Math.max(1, shape.records())) {
      throw new IllegalStateException("the hub did not store every row and record");
    }
    return new Run(run, folder, seconds, heapMax, cpuUsed);
  }

  /** The canonical capital-call CSV layout, one notice, N investor allocations. */
  private static long generate(Path file, int rows, String run) throws IOException {
    // Two passes over the same random amounts: the total first, then the rows; nothing held.
    BigDecimal total = BigDecimal.ZERO;
    Random random = new Random(42);
    for (int i = 0; i < rows; i++) {
      total = total.add(investments(random)).add(fees(random));
    }
    random = new Random(42);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("fund_id,notice_reference,notice_date,due_date,currency,notice_total,investor_id,investor_name,"
          + "commitment,investments,management_fees,fund_expenses,other,amount,unfunded_after\n");
      for (int i = 0; i < rows; i++) {
        BigDecimal investments = investments(random);
        BigDecimal fees = fees(random);
        out.write("BENCH-1,CC-" + run + ",2026-11-20,2026-12-04,USD," + total.toPlainString() + ",LP-" + (1_000_000 + i)
            + ",Investor " + i + ",50000000.00," + investments.toPlainString() + "," + fees.toPlainString()
            + ",0.00,0.00," + investments.add(fees).toPlainString() + ",40000000.00\n");
      }
    }
    return Files.size(file);
  }

  /**
   * A ledger in the cedar layout: call k of fund f is record f + k * funds; each investor's rows
   * come together (sorted by investor), its unfunded commitment falling call by call as the hub's
   * position checks expect, so they find nothing to warn about.
   */
  private static long generateLedger(Path file, Shape shape, String run) throws IOException {
    int investors = shape.rows() / shape.records();
    int funds = shape.funds();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("Fund Code,Call Ref,Call Date,Due Date,Ccy,LP Code,LP Name,Commitment,Capital,Mgmt Fee,Expenses,"
          + "Amount Due,Unfunded After\n");
      for (int investor = 0; investor < investors; investor++) {
        BigDecimal investments = BigDecimal.valueOf(100_000_00L + investor, 2);
        BigDecimal amount = investments.add(FEE);
        for (int record = 0; record < shape.records(); record++) {
          int call = record / funds + 1;
          LocalDate date = LocalDate.of(2026, 1, 1).plusDays(call);
          out.write("BENCH-" + (record % funds + 1) + ",CC-" + run + "-" + record + "," + US_DATE.format(date) + ","
              + US_DATE.format(date.plusDays(14)) + ",USD,LP-" + (1_000_000 + investor) + ",Investor " + investor
              + "," + COMMITMENT.toPlainString() + "," + investments.toPlainString() + "," + FEE.toPlainString()
              + ",0.00," + amount.toPlainString() + ","
              + COMMITMENT.subtract(amount.multiply(BigDecimal.valueOf(call))).toPlainString() + "\n");
        }
      }
    }
    return Files.size(file);
  }

  private static final BigDecimal COMMITMENT = new BigDecimal("50000000.00");
  private static final BigDecimal FEE = new BigDecimal("1250.00");
  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  private static BigDecimal investments(Random random) {
    return BigDecimal.valueOf(100_000_00L + random.nextInt(900_000_00), 2);
  }

  private static BigDecimal fees(Random random) {
    return BigDecimal.valueOf(1_000_00L + random.nextInt(9_000_00), 2);
  }

  /**
   * COPY of the same file, on the same server, into a table of the same shape: plain (no keys,
   * the bare cost of moving the rows), or keyed as the hub's capital_call_allocation is (a
   * generated primary key, one line per notice and investor, amounts not negative and summing to
   * the line's amount, logged): the physical limit of storing them as the hub must.
   */
  private static double copy(Connection db, Path done, Shape shape, String run, boolean keyed) throws Exception {
    // The hub moves the file to .done/ just after committing: wait for it.
    Path file = null;
    while (file == null) {
      if (Files.exists(done)) {
        try (var files = Files.walk(done)) {
          file = files.filter(f -> f.getFileName().toString().equals(shape.fileName())).findFirst().orElse(null);
        }
      }
      Thread.sleep(50);
    }
    String table = "bench_copy_" + run + (keyed ? "_keyed" : "");
    try (Statement sql = db.createStatement()) {
      sql.execute("CREATE TABLE " + table + " (" + columns(shape, keyed) + ")");
      sql.execute("SET datestyle = 'ISO, MDY'"); // the ledger's dates are MM/dd/yyyy
    }
    long started = System.nanoTime();
    try (Reader in = Files.newBufferedReader(file)) {
      db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", fileColumns(shape))
          + ") FROM STDIN WITH (FORMAT csv, HEADER true)", in);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    try (Statement sql = db.createStatement()) {
      sql.execute("DROP TABLE " + table);
    }
    return seconds;
  }

  /** The file's columns, in its order. */
  private static List<String> fileColumns(Shape shape) {
    List<String> columns = new ArrayList<>(List.of("fund_id", "notice_reference", "notice_date", "due_date", "currency"));
    if (!shape.ledger()) {
      columns.add("notice_total");
    }
    columns.addAll(List.of("investor_id", "investor_name", "commitment", "investments", "management_fees", "fund_expenses"));
    if (!shape.ledger()) {
      columns.add("other");
    }
    columns.addAll(List.of("amount", "unfunded_after"));
    return columns;
  }

  /** The table's column definitions, with the allocation table's keys and checks when keyed. */
  private static String columns(Shape shape, boolean keyed) {
    List<String> definitions = new ArrayList<>();
    if (keyed) {
      definitions.add("id bigserial PRIMARY KEY");
    }
    List<String> components = new ArrayList<>();
    for (String column : fileColumns(shape)) {
      String type = switch (column) {
        case "notice_date", "due_date" -> "date";
        case "currency" -> "char(3)";
        case "fund_id", "notice_reference", "investor_id", "investor_name" -> "text";
        default -> "numeric(22,4)";
      };
      boolean money = type.startsWith("numeric") && !column.equals("notice_total");
      definitions.add(column + " " + type + (keyed && money ? " CHECK (" + column + " >= 0)" : ""));
      if (money && !List.of("commitment", "amount", "unfunded_after").contains(column)) {
        components.add("COALESCE(" + column + ", 0)");
      }
    }
    if (keyed) {
      definitions.add("UNIQUE (fund_id, notice_reference, investor_id)");
      definitions.add("CHECK (amount = " + String.join(" + ", components) + ")");
    }
    return String.join(", ", definitions);
  }

  /** Where the time went: waiting for the file to settle and be taken; storing and processing it. */
  private static void printStages(Connection db, String publisher, long droppedAtMillis) throws Exception {
    try (Statement sql = db.createStatement();
        ResultSet row = sql.executeQuery("SELECT extract(epoch FROM s.received_at) * 1000,"
            + " extract(epoch FROM s.completed_at) * 1000"
            + " FROM submission s JOIN publisher p ON p.id = s.publisher_id WHERE p.code = '" + publisher + "'")) {
      row.next();
      System.out.printf("stages: drop->taken %.2f s, taken->stored notice %.2f s%n",
          (row.getDouble(1) - droppedAtMillis) / 1000, (row.getDouble(2) - row.getDouble(1)) / 1000);
    }
  }

  private static final Pattern ROUTE_TIMER =
      Pattern.compile("(?m)^camel_route_policy_seconds_sum\\{[^}]*routeId=\"([^\"]+)\"[^}]*} (\\S+)$");

  /** Seconds each route of the hub has run so far (its Camel route timers). */
  private static Map<String, Double> routeSeconds(BenchHub hub) throws Exception {
    Map<String, Double> seconds = new HashMap<>();
    Matcher timer = ROUTE_TIMER.matcher(hub.get("/actuator/prometheus"));
    while (timer.find()) {
      seconds.merge(timer.group(1), Double.parseDouble(timer.group(2)), Double::sum);
    }
    return seconds;
  }

  private static double elapsed(Map<String, Double> before, Map<String, Double> after, String route) {
    return after.getOrDefault(route, 0.0) - before.getOrDefault(route, 0.0);
  }

  private static String submissionStatus(Connection db, String publisher) throws Exception {
    try (Statement sql = db.createStatement();
        ResultSet row = sql.executeQuery("SELECT s.status FROM submission s JOIN publisher p ON p.id = s.publisher_id "
            + "WHERE p.code = '" + publisher + "'")) {
      return row.next() ? row.getString(1) : null;
    }
  }

  private static long count(Connection db, String query) throws Exception {
    try (Statement sql = db.createStatement(); ResultSet row = sql.executeQuery(query)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.E]+)");

  private static long heapUsedBytes(BenchHub hub) throws Exception {
    Matcher value = VALUE.matcher(hub.get("/actuator/metrics/jvm.memory.used?tag=area:heap"));
    return value.find() ? (long) Double.parseDouble(value.group(1)) : 0;
  }
}
