package org.pmdc.hub.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls the hub over real HTTP, as a publisher, LP or admin would: with a bearer token obtained
 * from the hub's token endpoint with the client's credentials (kept until shortly before it
 * expires). Every answer is held to the hub's OpenAPI document ({@link ContractCheck}). {@code new HubClient(port)} is the test profile's administrator.
 */
public final class HubClient {

  public static final String ADMIN_ID = "pmdc-admin";
  public static final String ADMIN_SECRET = "test-admin-secret";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
  private final HttpClient http;
  private final String baseUrl;
  private final Credentials credentials;

  /** A client's credentials and the scopes to ask for (empty: all its role allows). */
  public record Credentials(String clientId, String secret, String scope) {}

  private record Token(String value, Instant expires) {}

  public HubClient(int port) {
    this("http://localhost:" + port, HttpClient.newHttpClient(), new Credentials(ADMIN_ID, ADMIN_SECRET, ""));
  }

  public HubClient(String baseUrl, HttpClient http, Credentials credentials) {
    this.baseUrl = baseUrl;
    this.http = http;
    this.credentials = credentials;
  }

  /** The same hub, as another client. */
  public HubClient as(String clientId, String secret) {
    return new HubClient(baseUrl, http, new Credentials(clientId, secret, ""));
  }

  /** The same client, with a token asking only for these scopes (space-separated). */
  public HubClient withScope(String scope) {
    return new HubClient(baseUrl, http, new Credentials(credentials.clientId(), credentials.secret(), scope));
  }

  /** The same hub, without a token. */
  public HubClient anonymous() {
    return new HubClient(baseUrl, http, null);
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** {@code POST /oauth2/token} with HTTP Basic client authentication, as RFC 6749 describes. */
  public Response requestToken(String clientId, String secret, String scope) {
    String form = "grant_type=client_credentials" + (scope.isEmpty() ? "" : "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8));
    String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
        + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Authorization", "Basic " + basic).build(), null);
  }

  /** Forgets the tokens and the contract kept for the hub at this address (another hub now serves it). */
  static void forgetHub(String baseUrl) {
    TOKENS.keySet().removeIf(key -> key.startsWith(baseUrl + " "));
    ContractCheck.forget(baseUrl);
  }

  /** The same client, asking for a new token at its next call (the one kept for it is forgotten). */
  public HubClient withNewToken() {
    TOKENS.remove(baseUrl + " " + credentials);
    return this;
  }

  /** This client's current access token. */
  public String token() {
    String key = baseUrl + " " + credentials;
    Token token = TOKENS.get(key);
    if (token == null || Instant.now().isAfter(token.expires())) {
      Response issued = requestToken(credentials.clientId(), credentials.secret(), credentials.scope());
      if (issued.status() != 200) {
        throw new IllegalStateException("No token for " + credentials.clientId() + ": " + issued.status() + " " + issued.body());
      }
      token = new Token(issued.body().get("access_token").asText(),
          Instant.now().plusSeconds(issued.body().get("expires_in").asLong() - 60));
      TOKENS.put(key, token);
    }
    return token.value();
  }

  private void authorize(HttpRequest.Builder request, String... headers) {
    for (int i = 0; i < headers.length; i += 2) {
      if (headers[i].equalsIgnoreCase("Authorization")) {
        return;
      }
    }
    if (credentials != null) {
      request.header("Authorization", "Bearer " + token());
    }
  }

  /** A response with its body parsed as JSON (null when empty). */
  public record Response(int status, JsonNode body, HttpResponse<String> raw) {
    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  public Response post(String path, String contentType, String body, String... headers) {
    return post(path, contentType, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers);
  }

  public Response post(String path, String contentType, byte[] body, String... headers) {
    return send("POST", path, contentType, body, headers);
  }

  /** A JSON PATCH of a resource's fields, as the admin API takes it. */
  public Response patch(String path, String json, String... headers) {
    return send("PATCH", path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
  }

  /** A JSON document replacing a resource. */
  public Response put(String path, String json, String... headers) {
    return send("PUT", path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
  }

  public Response delete(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE();
    authorize(request, headers);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build(), new byte[0]);
  }

  private Response send(String method, String path, String contentType, byte[] body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", contentType);
    authorize(request, headers);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build(), body);
  }

  public Response get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
    authorize(request, headers);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build(), null);
  }

  /** A {@code multipart/form-data} upload of files (name, part content type, bytes), as a browser sends it. */
  public Response upload(String path, List<FilePart> files, String... headers) {
    String boundary = "pmdc-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int i = 0; i < files.size(); i++) {
      FilePart file = files.get(i);
      String part = i == 0 ? "file" : "file" + (i + 1);
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
          + file.name() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), headers);
  }

  public record FilePart(String name, String contentType, byte[] content) {}

  /** A GET whose body is not JSON (the Prometheus scrape). */
  public String getText(String path) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
      authorize(request);
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Response send(HttpRequest request, byte[] sent) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      JsonNode body = text == null || text.isBlank() ? null : JSON.readTree(text);
      ContractCheck contract = ContractCheck.of(http, baseUrl);
      contract.check(request.method(), request.uri(), response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null), body);
      contract.checkAccepted(request.method(), request.uri(), response.statusCode(),
          request.headers().firstValue("Content-Type").orElse(null), sent);
      return new Response(response.statusCode(), body, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
