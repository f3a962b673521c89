import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fan-out benchmark driver (run by bench/fanout): SUBSCRIBERS LPs with webhook receivers on
 * loopback, one GP posting capital calls at RATE a second for SECONDS; measures deliveries a
 * second and the latency from the POST being accepted (202) to each LP's webhook received, and
 * checks that every (notice, LP) arrives exactly once. As in a real fund, each LP represents its
 * own investors: every notice has INVESTORS_PER_LP lines per LP, and each LP's subscription names
 * its own; a line of another LP's investor in a webhook body is counted as foreign.
 *
 * With several hubs on one database (HUB_URLS and HUB_PIDS comma-separated), the POSTs go to each in
 * turn and each hub's share of the work is printed from its metrics: every submission stored once
 * in all, nothing delivered twice.
 *
 * <pre>java -cp CLASSES FanoutBench HUB_URLS RATE SECONDS SUBSCRIBERS ADMIN_TOKEN WARMUP_SECONDS HUB_PIDS DB_PORT</pre>
 */
public class FanoutBench {

  /** Notices a second this 2-core machine delivers to 5 LPs without a backlog. */
  private static final int WARM_UP_RATE = 40;
  /** Notices a second between the capacity search's steps. */
  private static final int CAPACITY_STEP = 10;
  private static final Pattern REFERENCE = Pattern.compile("\"noticeReference\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern INVESTOR = Pattern.compile("\"investorId\"\\s*:\\s*\"([^\"]+)\"");
  private static final int INVESTORS_PER_LP = 2;
  /** Lines of another LP's investors that reached an LP, warm-up included: must stay 0. */
  private static final AtomicInteger FOREIGN_LINES = new AtomicInteger();
  /** The lines of every notice: INVESTORS_PER_LP for each subscriber, set in main. */
  private static String allocations;

  private static final Pattern STORED = Pattern.compile(
      "(?m)^pmdc_submissions_completed_total\\{[^}]*status=\"stored\"[^}]*\\} ([0-9.eE+]+)");
  private static final Pattern ATTEMPTS = Pattern.compile("(?m)^pmdc_delivery_attempts_total\\{[^}]*\\} ([0-9.eE+]+)");
  /** The hubs the POSTs go to, in turn. */
  private static List<String> hubUrls;
  /** Notices accepted in every phase, warm-up included. */
  private static final AtomicInteger ACCEPTED_IN_ALL = new AtomicInteger();

  /** When each notice's POST was accepted, by reference (nanoTime). */
  private static final Map<String, Long> ACCEPTED = new ConcurrentHashMap<>();
  /** Each received webhook: subscriber, delivery id, reference, when (nanoTime). */
  record Received(int subscriber, String deliveryId, String reference, long at) {}
  // Not a copy-on-write list: at 1,000 webhooks a second its copy per arrival took a core.
  private static final Queue<Received> RECEIVED = new ConcurrentLinkedQueue<>();
  /** Each (subscriber, notice reference) that arrived, to see when all have. */
  private static final Set<String> ARRIVED = ConcurrentHashMap.newKeySet();

  public static void main(String[] args) throws Exception {
    hubUrls = List.of(args[0].split(","));
    BenchHub hub = new BenchHub(hubUrls.get(0), args[4]);
    int rate = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    int subscribers = Integer.parseInt(args[3]);
    int warmUpSeconds = Integer.parseInt(args[5]);
    List<Long> hubPids = java.util.Arrays.stream(args[6].split(",")).map(Long::parseLong).toList();
    int databasePort = Integer.parseInt(args[7]);
    String run = Long.toString(System.currentTimeMillis(), 36);
    String publisher = "fan-" + run;

    hub.post("/api/v1/publishers", "{\"code\":\"" + publisher + "\",\"name\":\"Bench GP\"}");
    String publisherToken = hub.token("publisher-" + publisher, hub.approve("publishers", publisher));
    hub.post("/api/v1/funds", "{\"publisher\":\"" + publisher + "\",\"code\":\"FAN-1\",\"name\":\"Fan Fund\",\"currency\":\"USD\"}");
    List<HttpServer> receivers = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < subscribers; i++) {
      HttpServer receiver = receiver(i);
      receivers.add(receiver);
      String lp = "lp-" + run + "-" + i;
      hub.post("/api/v1/subscribers", "{\"code\":\"" + lp + "\",\"name\":\"Bench LP " + i + "\"}");
      hub.approve("subscribers", lp);
      List<String> investors = investorsOf(i);
      investors.forEach(investor -> lines.add("{\"investorId\": \"" + investor + "\", \"investments\": \"1000.00\"}"));
      hub.post("/api/v1/subscriptions", "{\"publisher\":\"" + publisher + "\",\"subscriber\":\"" + lp
          + "\",\"investors\":[\"" + String.join("\",\"", investors) + "\"]"
          + ",\"channels\":[{\"type\":\"webhook\",\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\"}]}");
    }
    allocations = String.join(",\n", lines);

    // A warm-up, not measured, so the hub's JIT and pools meet the load warm (10 s proved too
    // short: the first measured seconds still ran partly interpreted). At a pace this machine
    // sustains, and drained before measuring: no backlog of warm-up notices competes with the
    // measured ones.
    offer(publisherToken, Math.min(rate, WARM_UP_RATE), warmUpSeconds, "W");
    awaitAll(subscribers, 120);

    Phase measured;
    try (DatabaseProfile database = new DatabaseProfile(databasePort)) {
      database.start();
      measured = measure(publisherToken, rate, seconds, subscribers, hubPids, databasePort, "M");
      System.out.println(measured.describe());
      database.report(Math.max(1, measured.accepted())).forEach(System.out::println);
    }
    int capacity = capacity(publisherToken, rate, measured, subscribers, hubPids, databasePort);
    receivers.forEach(receiver -> receiver.stop(0));
    String shares = hubUrls.size() > 1 ? shares(args[4]) : "";
    System.out.printf("RESULT hubs=%d%s notices=%d subscribers=%d deliveries_per_s=%.0f p50_ms=%d p99_ms=%d lost=%d duplicated=%d"
        + " foreign_lines=%d cpu_ms_per_notice=%.1f hub_cpu_ms_per_notice=%.1f db_cpu_ms_per_notice=%.1f"
        + " capacity_per_s=%s%n", hubUrls.size(), shares, measured.accepted(), subscribers, measured.deliveriesPerSecond(), measured.p50(),
        measured.p99(), measured.lost(), measured.duplicated(), FOREIGN_LINES.get(),
        measured.hubCpuMsPerNotice() + measured.dbCpuMsPerNotice(), measured.hubCpuMsPerNotice(),
        measured.dbCpuMsPerNotice(), capacity < 0 ? "unmeasured" : Integer.toString(capacity));
  }

  /** One measured phase: RATE notices a second for SECONDS, then up to 30 s for the last deliveries. */
  record Phase(int rate, int offered, int accepted, int expected, int received, int lost, int duplicated,
      double deliveriesPerSecond, long p50, long p99, double hubCpuMsPerNotice, double dbCpuMsPerNotice,
      String cores, boolean complete) {

    /** Within the target: p99 under 250 ms, every notice accepted and delivered to every LP once. */
    boolean sustained() {
      return complete && accepted == offered && lost == 0 && duplicated == 0 && p99 < 250;
    }

    String describe() {
      return String.format("%d/s: offered %d notices (%d accepted); %d deliveries expected, %d received%s;"
              + " p50 %d ms, p99 %d ms; CPU per notice: hub %.1f ms + PostgreSQL %.1f ms; %s",
          rate, offered, accepted, expected, received, complete ? "" : " (gave up waiting)", p50, p99,
          hubCpuMsPerNotice, dbCpuMsPerNotice, cores);
    }
  }

  private static Phase measure(String publisherToken, int rate, int seconds, int subscribers,
      List<Long> hubPids, int databasePort, String prefix) throws Exception {
    ACCEPTED.clear();
    RECEIVED.clear();
    ARRIVED.clear();
    long start = System.nanoTime();
    CpuShare cpu = CpuShare.start(hubPids, databasePort);
    int offered = offer(publisherToken, rate, seconds, prefix);
    boolean complete = awaitAll(subscribers, 30);
    double hubMillis = cpu.hubMillis();
    double postgresMillis = cpu.postgresMillis();
    String cores = cpu.report();
    List<Received> measured = RECEIVED.stream().filter(r -> ACCEPTED.containsKey(r.reference())).toList();
    long end = measured.stream().mapToLong(Received::at).max().orElse(System.nanoTime());

    Set<String> distinct = ConcurrentHashMap.newKeySet();
    Set<String> pairs = ConcurrentHashMap.newKeySet();
    long[] latencies = measured.stream().filter(r -> distinct.add(r.deliveryId()))
        .peek(r -> pairs.add(r.subscriber() + "/" + r.reference()))
        .mapToLong(r -> (r.at() - ACCEPTED.get(r.reference())) / 1_000_000).sorted().toArray();
    int accepted = ACCEPTED.size();
    // CPU per notice delivered to every LP: the whole phase's CPU, drain included, over the notices.
    double notices = Math.max(1, pairs.size() / (double) subscribers);
    return new Phase(rate, offered, accepted, accepted * subscribers, measured.size(), accepted * subscribers - pairs.size(),
        measured.size() - distinct.size(), distinct.size() / ((end - start) / 1e9), percentile(latencies, 50),
        percentile(latencies, 99), hubMillis / notices, postgresMillis / notices, cores, complete);
  }

  /**
   * The highest rate sustained ({@link Phase#sustained}), stepping by CAPACITY_STEP from the
   * measured rate: up while sustained, down when not; phases of BENCH_CAPACITY_SECONDS (default
   * 20; 0 skips the search and answers -1).
   */
  private static int capacity(String publisherToken, int rate, Phase first, int subscribers,
      List<Long> hubPids, int databasePort) throws Exception {
    int seconds = Integer.parseInt(System.getenv().getOrDefault("BENCH_CAPACITY_SECONDS", "20"));
    if (seconds <= 0) {
      return -1;
    }
    int step = first.sustained() ? CAPACITY_STEP : -CAPACITY_STEP;
    int sustained = first.sustained() ? rate : 0;
    for (int next = rate + step; next > 0; next += step) {
      awaitAll(subscribers, 120); // what a failed step left behind must not weigh on the next
      Phase phase = measure(publisherToken, next, seconds, subscribers, hubPids, databasePort, "C" + next);
      System.out.println("capacity step " + phase.describe());
      if (phase.sustained() && step < 0) {
        return next;
      }
      if (!phase.sustained() && step > 0) {
        return sustained;
      }
      sustained = phase.sustained() ? next : sustained;
    }
    return sustained;
  }

  /**
   * Each hub's share of the whole run (warm-up and capacity steps included), from its metrics: the
   * submissions it stored and the delivery attempts it made. Answers the RESULT fields: stored in
   * all (each submission once: equal to accepted_in_all) and each hub's.
   */
  private static String shares(String adminToken) throws Exception {
    StringBuilder fields = new StringBuilder();
    long storedInAll = 0;
    for (int i = 0; i < hubUrls.size(); i++) {
      String metrics = new BenchHub(hubUrls.get(i), adminToken).get("/actuator/prometheus");
      long stored = sum(STORED, metrics);
      storedInAll += stored;
      System.out.printf("hub %d (%s): stored %d submissions, made %d delivery attempts%n", i + 1, hubUrls.get(i), stored,
          sum(ATTEMPTS, metrics));
      fields.append(" stored_by_hub").append(i + 1).append('=').append(stored);
    }
    return " accepted_in_all=" + ACCEPTED_IN_ALL.get() + " stored_in_all=" + storedInAll + fields;
  }

  private static long sum(Pattern counter, String metrics) {
    long sum = 0;
    for (Matcher m = counter.matcher(metrics); m.find(); ) {
      sum += (long) Double.parseDouble(m.group(1));
    }
    return sum;
  }

  /** Posts RATE notices a second for SECONDS, each on its own schedule (not after the last answer). */
  private static int offer(String publisherToken, int rate, int seconds, String prefix) throws Exception {
    ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    AtomicInteger sent = new AtomicInteger();
    int total = rate * seconds;
    long periodNanos = 1_000_000_000L / rate;
    clock.scheduleAtFixedRate(() -> {
      int n = sent.incrementAndGet();
      if (n > total) {
        return;
      }
      String reference = prefix + "-" + n;
      String url = hubUrls.get(n % hubUrls.size());
      BenchHub.HTTP.sendAsync(HttpRequest.newBuilder(URI.create(url + "/api/v1/submissions"))
              .header("Content-Type", "application/json").header("Authorization", "Bearer " + publisherToken)
              .POST(HttpRequest.BodyPublishers.ofString(notice(reference))).build(), HttpResponse.BodyHandlers.discarding())
          .thenAccept(response -> {
            if (response.statusCode() == 202) {
              ACCEPTED.put(reference, System.nanoTime());
              ACCEPTED_IN_ALL.incrementAndGet();
            } else {
              System.out.println("POST " + reference + " answered " + response.statusCode());
            }
          });
    }, 0, periodNanos, TimeUnit.NANOSECONDS);
    while (sent.get() < total) {
      Thread.sleep(100);
    }
    clock.shutdown();
    Thread.sleep(2000); // the last answers
    return total;
  }

  /** Waits until every accepted notice reached every subscriber, or the time is up. */
  private static boolean awaitAll(int subscribers, int maxSeconds) throws InterruptedException {
    long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (ARRIVED.size() >= (long) ACCEPTED.size() * subscribers) {
        return true;
      }
      Thread.sleep(200);
    }
    return false;
  }

  private static HttpServer receiver(int subscriber) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
    server.setExecutor(Executors.newFixedThreadPool(4, task -> {
      Thread thread = new Thread(task);
      thread.setDaemon(true); // the bench ends when main does
      return thread;
    }));
    server.createContext("/hook", exchange -> {
      long at = System.nanoTime();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Matcher reference = REFERENCE.matcher(body);
      Received received = new Received(subscriber, exchange.getRequestHeaders().getFirst("webhook-id"),
          reference.find() ? reference.group(1) : "?", at);
      List<String> own = investorsOf(subscriber);
      for (Matcher investor = INVESTOR.matcher(body); investor.find(); ) {
        if (!own.contains(investor.group(1))) {
          FOREIGN_LINES.incrementAndGet();
        }
      }
      RECEIVED.add(received);
      ARRIVED.add(subscriber + "/" + received.reference());
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
    return server;
  }

  private static String notice(String reference) {
    return """
        {"recordType": "capital_call", "fundId": "FAN-1", "noticeReference": "%s", "noticeDate": "2026-11-20",
         "dueDate": "2026-12-04", "currency": "USD",
         "allocations": [%s]}""".formatted(reference, allocations);
  }

  /** The investor codes subscriber {@code i} represents. */
  private static List<String> investorsOf(int subscriber) {
    List<String> codes = new ArrayList<>();
    for (int k = 1; k <= INVESTORS_PER_LP; k++) {
      codes.add("INV-" + subscriber + "-" + k);
    }
    return codes;
  }

  private static long percentile(long[] sorted, int percentile) {
    return sorted.length == 0 ? -1 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
  }
}
