package org.pmdc.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.support.HubClient;
import org.pmdc.hub.support.HubIntegrationTest;
import org.pmdc.hub.support.RawHttp;
import org.pmdc.hub.support.World;
import org.springframework.test.context.TestPropertySource;

/**
 * Request bodies are read before any route runs, in bounded slots and bounded time, so senders on
 * slow links (or pretending to be) neither stall other callers nor hold the hub for as long as they
 * like; every size limit holds on the bytes read, whatever the framing; content encodings are refused.
 */
@TestPropertySource(properties = {
    "pmdc.security.body-grace=6s", "pmdc.security.max-concurrent-bodies=12", "pmdc.security.max-concurrent-bodies-per-client=4"})
class RequestBodiesIT extends HubIntegrationTest {

  /** More than the 8 workers that run the API's routes. */
  private static final int SLOW_SENDERS = 12;
  private static final Duration ANSWERS_WITHIN = Duration.ofSeconds(10);

  @Test
  void slowUploadsNeitherStallOtherCallersNorLastLongerThanTheirRateAllows() throws Exception {
    List<World> publishers = List.of(newWorld(), newWorld(), newWorld());
    ExecutorService senders = Executors.newFixedThreadPool(SLOW_SENDERS + 1);
    try {
      List<CompletableFuture<SlowUpload>> uploads = new ArrayList<>();
      for (int i = 0; i < SLOW_SENDERS; i++) {
        String token = publishers.get(i / 4).asPublisher().token();
        uploads.add(CompletableFuture.supplyAsync(() -> SlowUpload.send(port, token), senders));
        if (i == 3) {
          // One client's share is taken: its next body is refused at once, not queued.
          awaitBodiesReading(4);
          RawHttp.Answer fifth = RawHttp.exchange(port, submissionHead(token, 3), "a,b".getBytes(StandardCharsets.UTF_8));
          assertThat(fifth.status()).isEqualTo(429);
          assertThat(fifth.header("retry-after")).isEqualTo("1");
        }
      }
      // Every slot is taken: a body from anyone else is refused with 503, and health says so.
      awaitBodiesReading(SLOW_SENDERS);
      HubClient.Response admin = hub.post("/api/v1/publishers", "application/json", "{\"code\":\"late\",\"name\":\"Late\"}");
      assertThat(admin.status()).isEqualTo(503);
      assertThat(admin.body().get("type").asText()).isEqualTo("/problems/busy");
      JsonNode capacity = hub.anonymous().get("/actuator/health").body().at("/components/apiCapacity");
      assertThat(capacity.get("status").asText()).isEqualTo("SATURATED");
      assertThat(capacity.at("/details/workers").asInt()).as("the API's workers").isEqualTo(8);

      // Calls without bodies, of other tenants and of the operator, answer meanwhile.
      for (World world : publishers) {
        assertThat(assertTimeoutPreemptively(ANSWERS_WITHIN, () -> world.asSubscriber().get("/api/v1/lp/feed")).status())
            .isEqualTo(200);
      }
      assertThat(assertTimeoutPreemptively(ANSWERS_WITHIN, () -> hub.get("/api/v1/publishers")).status()).isEqualTo(200);

      // Ten bytes a second is far below 1 KB a second: each upload is cut once its grace is over.
      for (CompletableFuture<SlowUpload> upload : uploads) {
        SlowUpload done = upload.get(30, TimeUnit.SECONDS);
        assertThat(done.answer().status()).isEqualTo(408);
        assertThat(done.answer().body()).contains("/problems/body-too-slow");
        assertThat(done.bytesSent()).isLessThan(SlowUpload.DECLARED_LENGTH);
      }
      JsonNode after = hub.anonymous().get("/actuator/health").body().at("/components/apiCapacity");
      assertThat(after.get("status").asText()).isEqualTo("UP");
      assertThat(after.at("/details/refusedTooSlow").asInt()).isEqualTo(SLOW_SENDERS);
      assertThat(count("SELECT count(*) FROM submission s JOIN publisher p ON p.id = s.publisher_id WHERE p.code IN (?, ?, ?)",
          publishers.get(0).publisher(), publishers.get(1).publisher(), publishers.get(2).publisher())).isZero();
    } finally {
      senders.shutdownNow();
    }
  }

  @Test
  void aChunkedBodyIsHeldToTheLimitOfItsOperation() {
    String token = hub.token();
    String name = "x".repeat(2 * 1024 * 1024);
    RawHttp.Answer publisher = RawHttp.exchangeWhileSending(port, "POST /api/v1/publishers HTTP/1.1\r\nHost: localhost\r\n"
        + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked",
        chunked(("{\"code\":\"chunky\",\"name\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8)));
    assertThat(publisher.status()).isEqualTo(413);
    assertThat(publisher.body()).contains("/problems/too-large");
    assertThat(count("SELECT count(*) FROM publisher WHERE code = 'chunky'")).isZero();

    World world = newWorld();
    RawHttp.Answer submission = RawHttp.exchangeWhileSending(port, "POST /api/v1/submissions HTTP/1.1\r\nHost: localhost\r\n"
        + "Authorization: Bearer " + world.asPublisher().token() + "\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked",
        chunked(new byte[51 * 1024 * 1024]));
    assertThat(submission.status()).isEqualTo(413);
  }

  @Test
  void aCompressedBodyIsRefusedWhateverItWouldInflateTo() {
    World world = newWorld();
    HubClient.Response submission = world.submit("text/csv", "fund_code,investor_id\n", "Content-Encoding", "gzip");
    assertThat(submission.status()).isEqualTo(415);
    assertThat(submission.body().get("detail").asText()).contains("without a Content-Encoding");
    HubClient.Response admin = hub.post("/api/v1/publishers", "application/json", "{}", "Content-Encoding", "deflate");
    assertThat(admin.status()).isEqualTo(415);
  }

  @Test
  void aMalformedMultipartBodyIsBadInput() {
    World world = newWorld();
    // A part that never ends: the closing boundary is missing.
    HubClient.Response refused = world.submit("multipart/form-data; boundary=edge",
        "--edge\r\nContent-Disposition: form-data; name=\"file\"; filename=\"call.csv\"\r\n\r\nfund_code,investor_id\r\n");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("detail").asText()).startsWith("The multipart/form-data body cannot be read");
  }

  private static String submissionHead(String token, int length) {
    return "POST /api/v1/submissions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
        + "\r\nContent-Type: text/csv\r\nContent-Length: " + length;
  }

  private void awaitBodiesReading(int expected) {
    await().atMost(World.PATIENCE).until(() ->
        hub.anonymous().get("/actuator/health").body().at("/components/apiCapacity/details/bodiesReading").asInt() == expected);
  }

  private static byte[] chunked(byte[] body) {
    ByteArrayOutputStream framed = new ByteArrayOutputStream();
    for (int at = 0; at < body.length; at += 8192) {
      int size = Math.min(8192, body.length - at);
      framed.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      framed.write(body, at, size);
      framed.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    framed.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    return framed.toByteArray();
  }

  /** A submission that announces 100 000 bytes and sends ten a second until the hub answers. */
  private record SlowUpload(RawHttp.Answer answer, int bytesSent) {
    static final int DECLARED_LENGTH = 100_000;

    static SlowUpload send(int port, String token) {
      try (Socket socket = RawHttp.connect(port)) {
        OutputStream out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        out.write((submissionHead(token, DECLARED_LENGTH) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        int sent = 0;
        // Stops sending once the answer has come, so no byte arrives after the hub has closed.
        while (in.available() == 0 && sent < DECLARED_LENGTH) {
          out.write("1234567890".getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
          sent += 10;
          Thread.sleep(1000);
        }
        return new SlowUpload(RawHttp.read(in), sent);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
