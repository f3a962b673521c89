package org.pmdc.hub.translation;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a byte stream strictly, a buffer at a time: a byte sequence that is not valid in the
 * charset is an {@link UnreadableSourceException} naming the byte, its offset and its line, never
 * a silent '?'. A leading byte order mark is dropped.
 */
final class StrictReader extends Reader {

  private static final int BUFFER = 8192;

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
  private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
  private long offset;
  private int line = 1;
  private boolean endOfInput;
  private boolean started;

  StrictReader(InputStream in, Charset charset) {
    this.in = in;
    this.charset = charset;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  @Override
  public int read(char[] target, int from, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !fill()) {
      return -1;
    }
    int n = Math.min(length, chars.remaining());
    chars.get(target, from, n);
    return n;
  }

  /** Decodes the next characters; false at the end of the input. */
  private boolean fill() throws IOException {
    chars.clear();
    while (chars.position() == 0 && !exhausted()) {
      if (!endOfInput) {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          endOfInput = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
      }
      int before = bytes.position();
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      offset += bytes.position() - before;
      if (result.isError()) {
        throw undecodable();
      }
    }
    chars.flip();
    if (!started && chars.hasRemaining()) {
      started = true;
      if (chars.get(0) == '\uFEFF') {
        chars.position(1);
      }
    }
    for (int i = chars.position(); i < chars.limit(); i++) {
      if (chars.get(i) == '\n') {
        line++;
      }
    }
    // Only a byte order mark was decoded: read on.
    return chars.hasRemaining() || (!exhausted() && fill());
  }

  private boolean exhausted() {
    return endOfInput && !bytes.hasRemaining();
  }

  private UnreadableSourceException undecodable() {
    int errorLine = line;
    for (int i = 0; i < chars.position(); i++) {
      if (chars.get(i) == '\n') {
        errorLine++;
      }
    }
    return new UnreadableSourceException(errorLine, String.format(
        "the file is not valid %s: byte 0x%02X at offset %d; save it as %s or set the mapping's"
            + " source.encoding (for example windows-1252)",
        charset.name(), bytes.get(bytes.position()), offset, charset.name()));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
