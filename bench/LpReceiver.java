import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A minimal LP webhook receiver for demos and benchmarks, runnable with only a JDK:
 *
 * <pre>java bench/LpReceiver.java 9000 whsec_...</pre>
 *
 * It verifies each request's Standard Webhooks signature with the subscription's secret, prints
 * the webhook id, the event type and the body, and answers 204. Binds to 127.0.0.1 only.
 */
public class LpReceiver {

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 9000;
    String secret = args.length > 1 ? args[1] : null;
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String id = exchange.getRequestHeaders().getFirst("webhook-id");
      String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
      String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
      String verdict = secret == null ? "not checked" : verify(secret, id, timestamp, body, signature) ? "valid" : "INVALID";
      System.out.printf("webhook-id=%s signature=%s%n%s%n%n", id, verdict, body);
      exchange.sendResponseHeaders(verdict.equals("INVALID") ? 401 : 204, -1);
      exchange.close();
    });
    server.start();
    System.out.println("LP receiver listening on http://127.0.0.1:" + port + "/");
  }

  static boolean verify(String secret, String id, String timestamp, String body, String header) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
      byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      for (String candidate : header.split(" ")) {
        if (candidate.startsWith("v1,")
            && MessageDigest.isEqual(expected, Base64.getDecoder().decode(candidate.substring(3)))) {
          return true;
        }
      }
      return false;
    } catch (Exception e) {
      return false;
    }
  }
}
