package org.pmdc.hub.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written byte for byte on a socket, for requests an HTTP client library would correct or
 * refuse to send: paths as they are typed (double slashes, encoded dots), oversized headers, bodies
 * that arrive slowly or without the framing they announce.
 */
public final class RawHttp {

  /** A response as it came: status, headers (lower-case names) and body. */
  public record Answer(int status, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private RawHttp() {}

  /** Opens a connection to the hub on localhost at {@code port}; the caller closes it. */
  public static Socket connect(int port) {
    try {
      Socket socket = new Socket("localhost", port);
      socket.setSoTimeout(60_000);
      return socket;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends {@code head} (request line and headers, without the blank line) and {@code body}, and reads the answer. */
  public static Answer exchange(int port, String head, byte[] body) {
    try (Socket socket = connect(port)) {
      return exchange(socket, head, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same, from a given local address (another loopback address stands for another machine). */
  public static Answer exchange(InetAddress from, int port, String head, byte[] body) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, from, 0)) {
      socket.setSoTimeout(60_000);
      return exchange(socket, head, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer exchange(Socket socket, String head, byte[] body) throws IOException {
    OutputStream out = writeHead(socket, head);
    out.write(body);
    out.flush();
    return read(socket.getInputStream());
  }

  private static OutputStream writeHead(Socket socket, String head) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    return out;
  }

  /**
   * Like {@link #exchange}, but the body is written by another thread while the answer is read: the
   * server may answer, and close, before the whole body is sent (a body over a limit).
   */
  public static Answer exchangeWhileSending(int port, String head, byte[] body) {
    try (Socket socket = connect(port)) {
      OutputStream out = writeHead(socket, head);
      Thread sender = new Thread(() -> {
        try {
          out.write(body);
          out.flush();
        } catch (IOException e) {
          // The server stopped reading: its answer says why.
        }
      });
      sender.start();
      Answer answer = read(socket.getInputStream());
      sender.interrupt();
      return answer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a whole answer of a connection the server closes after it (chunked bodies are joined). */
  public static Answer read(InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    String text = new String(all, StandardCharsets.ISO_8859_1); // one char per byte: indexes are byte offsets
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
    }
    String body = end < 0 ? "" : text.substring(end + 4);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunk(body);
    }
    return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers,
        new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
  }

  private static String unchunk(String chunked) {
    StringBuilder joined = new StringBuilder();
    int at = 0;
    while (true) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
      if (size == 0) {
        return joined.toString();
      }
      joined.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
  }
}
