package org.pmdc.hub.translation;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Counts what a pass reads for its {@link PassProgress}: the bytes of the input as the parser takes
 * them, the rows it hands on. Each opening starts the count again (a JSON object is read twice: its
 * fields, then its rows; a pass may be repeated with local rules). One pass, one thread.
 */
final class PassCounter {

  private final PassProgress progress;
  private long bytes;
  private long rows;

  PassCounter(PassProgress progress) {
    this.progress = progress;
  }

  Content counting(Content content) {
    return () -> {
      bytes = 0;
      rows = 0;
      return new FilterInputStream(content.open()) {
        @Override
        public int read() throws IOException {
          int read = super.read();
          bytes += read < 0 ? 0 : 1;
          return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int read = super.read(buffer, offset, length);
          bytes += Math.max(read, 0);
          return read;
        }

        @Override
        public long skip(long n) throws IOException {
          long skipped = super.skip(n);
          bytes += skipped;
          return skipped;
        }
      };
    };
  }

  RowHandler counting(RowHandler handler) {
    return new RowHandler() {
      @Override
      public void columns(Set<String> columns) {
        handler.columns(columns);
      }

      @Override
      public boolean row(SourceRow row) {
        progress.read(bytes, ++rows);
        return handler.row(row);
      }
    };
  }

  /** The pass read the whole input. */
  void readAll() {
    progress.readAll(rows);
  }
}
