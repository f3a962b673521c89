import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The outside check of issue 14, item 1: N connections POST a submission announcing 100 000 bytes
 * and send 10 bytes every 5 s, while an LP reads its feed every 200 ms. Measures the feed's latency
 * before (the baseline, same run) and during the slow uploads, and what the uploads were answered.
 */
public final class SlowUploadsBench {

  private static final int DECLARED = 100_000;

  public static void main(String[] args) throws Exception {
    BenchHub hub = new BenchHub(args[0], args[1]);
    int senders = Integer.parseInt(args[2]);
    Duration phase = Duration.ofSeconds(Long.parseLong(args[3]));
    int port = URI.create(hub.url).getPort();

    // Publishers enough for the senders to stay within one client's share of body slots (4).
    List<String> publisherTokens = new ArrayList<>();
    for (int p = 0; p < (senders + 3) / 4; p++) {
      String code = "slow-gp-" + p;
      hub.post("/api/v1/publishers", "{\"code\":\"" + code + "\",\"name\":\"Slow GP " + p + "\"}");
      publisherTokens.add(hub.token("publisher-" + code, hub.approve("publishers", code)));
    }
    hub.post("/api/v1/subscribers", "{\"code\":\"feed-lp\",\"name\":\"Feed LP\"}");
    String lpToken = hub.token("subscriber-feed-lp", hub.approve("subscribers", "feed-lp"));

    List<Long> baseline = feedLatencies(hub, lpToken, phase);

    ExecutorService pool = Executors.newFixedThreadPool(senders);
    List<Future<long[]>> uploads = new ArrayList<>();
    for (int i = 0; i < senders; i++) {
      String token = publisherTokens.get(i / 4);
      uploads.add(pool.submit(() -> slowUpload(port, token)));
    }
    Thread.sleep(1000);
    String capacity = hub.get("/actuator/health/apiCapacity");
    List<Long> during = feedLatencies(hub, lpToken, phase);

    int answered408 = 0;
    long cutMillis = 0;
    for (Future<long[]> upload : uploads) {
      long[] outcome = upload.get(120, TimeUnit.SECONDS);
      answered408 += outcome[0] == 408 ? 1 : 0;
      cutMillis = Math.max(cutMillis, outcome[1]);
    }
    pool.shutdown();

    System.out.println("apiCapacity while the uploads trickled: " + capacity);
    System.out.printf("feed latency, ms: baseline p50 %d max %d (%d calls); with %d slow uploads p50 %d max %d (%d calls)%n",
        percentile(baseline, 50), percentile(baseline, 100), baseline.size(), senders,
        percentile(during, 50), percentile(during, 100), during.size());
    System.out.printf("slow uploads answered 408: %d of %d, the last after %.1f s%n", answered408, senders, cutMillis / 1000.0);
    System.out.printf("RESULT slow_senders=%d feed_p50_ms_baseline=%d feed_max_ms_baseline=%d feed_p50_ms_slow=%d "
            + "feed_max_ms_slow=%d uploads_408=%d last_cut_s=%.1f%n", senders, percentile(baseline, 50),
        percentile(baseline, 100), percentile(during, 50), percentile(during, 100), answered408, cutMillis / 1000.0);
  }

  /** The LP's feed read every 200 ms for the phase; each call's milliseconds (a call that fails counts its time too). */
  private static List<Long> feedLatencies(BenchHub hub, String token, Duration phase) throws Exception {
    List<Long> latencies = new ArrayList<>();
    long end = System.nanoTime() + phase.toNanos();
    while (System.nanoTime() < end) {
      long started = System.nanoTime();
      HttpResponse<String> feed = BenchHub.HTTP.send(HttpRequest.newBuilder(URI.create(hub.url + "/api/v1/lp/feed"))
          .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      latencies.add((System.nanoTime() - started) / 1_000_000);
      if (feed.statusCode() != 200) {
        throw new IllegalStateException("the feed answered " + feed.statusCode() + ": " + feed.body());
      }
      Thread.sleep(200);
    }
    return latencies;
  }

  /** Status of the answer and the milliseconds until it came. */
  private static long[] slowUpload(int port, String token) throws Exception {
    long started = System.nanoTime();
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(120_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(("POST /api/v1/submissions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
          + "\r\nContent-Type: text/csv\r\nContent-Length: " + DECLARED + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      int sent = 0;
      while (in.available() == 0 && sent < DECLARED) {
        out.write("1234567890".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        sent += 10;
        for (int tick = 0; tick < 50 && in.available() == 0; tick++) {
          Thread.sleep(100);
        }
      }
      String statusLine = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
      return new long[] {Long.parseLong(statusLine.substring(9, 12)), (System.nanoTime() - started) / 1_000_000};
    }
  }

  private static long percentile(List<Long> values, int percentile) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
  }
}
