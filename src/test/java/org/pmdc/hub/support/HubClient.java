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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** Calls the hub over real HTTP, as a publisher, LP or admin would. */
public final class HubClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;

  public HubClient(int port) {
    this.baseUrl = "http://localhost:" + port;
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
  public Response patch(String path, String json) {
    return send("PATCH", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  private Response send(String method, String path, String contentType, byte[] body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", contentType);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  public Response get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
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
      return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      JsonNode body = text == null || text.isBlank() ? null : JSON.readTree(text);
      return new Response(response.statusCode(), body, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
