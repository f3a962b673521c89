package org.pmdc.hub.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.catalina.core.ApplicationPart;
import org.apache.tomcat.util.http.fileupload.FileItem;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.UploadContext;
import org.apache.tomcat.util.http.fileupload.disk.DiskFileItemFactory;

/**
 * A request whose body has been read ({@link BodyReading}): the stream, the reader and the parts of
 * a {@code multipart/form-data} upload all come from the bytes read, since the connection has none
 * left. A multipart body is parsed by the container's own parser, its parts kept as temporary
 * files as the container would keep them.
 */
final class BufferedRequest extends HttpServletRequestWrapper {

  /** More parts than a submission (one file) could ever need; the container's default. */
  private static final int MAX_PARTS = 10;

  private final byte[] body;
  private final List<Part> parts;

  /** The request with its body; a multipart body is parsed here, so a malformed one is known at once. */
  BufferedRequest(HttpServletRequest request, byte[] body) throws FileUploadException {
    super(request);
    this.body = body;
    this.parts = isMultipart(request.getContentType()) ? parseParts() : null;
  }

  private static boolean isMultipart(String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream bytes = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return bytes.read();
      }

      @Override
      public int read(byte[] into, int offset, int length) {
        return bytes.read(into, offset, length);
      }

      @Override
      public boolean isFinished() {
        return bytes.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new IllegalStateException("The body has been read already; read it as a stream");
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    String encoding = getCharacterEncoding();
    Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
    return new BufferedReader(new InputStreamReader(getInputStream(), charset));
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }

  @Override
  public Collection<Part> getParts() throws ServletException {
    if (parts == null) {
      throw new ServletException("The request is not multipart/form-data");
    }
    return parts;
  }

  @Override
  public Part getPart(String name) throws ServletException {
    return getParts().stream().filter(part -> part.getName().equals(name)).findFirst().orElse(null);
  }

  private List<Part> parseParts() throws FileUploadException {
    File location = (File) getServletContext().getAttribute(ServletContext.TEMPDIR);
    DiskFileItemFactory factory = new DiskFileItemFactory();
    factory.setSizeThreshold(0);
    factory.setRepository(location);
    FileUpload upload = new FileUpload();
    upload.setFileItemFactory(factory);
    upload.setFileCountMax(MAX_PARTS);
    List<FileItem> items = upload.parseRequest(new UploadContext() {
      @Override
      public String getCharacterEncoding() {
        return BufferedRequest.this.getCharacterEncoding();
      }

      @Override
      public String getContentType() {
        return BufferedRequest.this.getContentType();
      }

      @Override
      public InputStream getInputStream() {
        return BufferedRequest.this.getInputStream();
      }

      @Override
      public long contentLength() {
        return body.length;
      }
    });
    return items.stream().<Part>map(item -> new ApplicationPart(item, location)).toList();
  }
}
