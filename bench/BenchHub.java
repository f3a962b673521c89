import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A running hub as the bench drivers use it: its admin API with the administrator's token, and client tokens. */
final class BenchHub {

  static final HttpClient HTTP = HttpClient.newHttpClient();

  final String url;
  private final String adminToken;

  BenchHub(String url, String adminToken) {
    this.url = url;
    this.adminToken = adminToken;
  }

  /** POSTs JSON as the administrator; the answer's body, or an exception naming a refusal. */
  String post(String path, String json) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url + path))
            .header("Content-Type", "application/json").header("Authorization", "Bearer " + adminToken)
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** POSTs a CSV file as the administrator (an FX rates import); the answer's body. */
  String postCsv(String path, String csv) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url + path))
            .header("Content-Type", "text/csv").header("Authorization", "Bearer " + adminToken)
            .POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** GETs as the administrator; the answer's body. */
  String get(String path) throws Exception {
    return HTTP.send(request(path).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  /** A request as the administrator. */
  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + adminToken);
  }

  /** Approves a pending publisher or subscriber ({@code kind} publishers|subscribers); its client's secret, shown once. */
  String approve(String kind, String code) throws Exception {
    return field(post("/api/v1/" + kind + "/" + code + "/approve", ""), "clientSecret");
  }

  /** An access token for the client (client credentials, HTTP Basic). */
  String token(String clientId, String secret) throws Exception {
    String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/oauth2/token"))
            .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
        HttpResponse.BodyHandlers.ofString());
    return field(response.body(), "access_token");
  }

  /** A string field of a JSON answer (the drivers need a handful; no JSON library on their class path). */
  private static String field(String json, String name) {
    Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    if (!value.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return value.group(1);
  }
}
