package org.pmdc.hub.translation;

/**
 * Told how far the one full pass over a submission has come, on the reading thread and often (every
 * row): an implementation keeps the figures and leaves writing them to someone else.
 */
public interface PassProgress {

  /** Nobody listens: the preview, a recognition. */
  PassProgress NONE = new PassProgress() {
    @Override
    public void read(long bytesRead, long rowsRead) {}

    @Override
    public void readAll(long rowsRead) {}
  };

  /** The input's bytes read so far, and its rows. */
  void read(long bytesRead, long rowsRead);

  /** The pass has read the whole input. */
  void readAll(long rowsRead);
}
