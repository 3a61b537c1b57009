package org.brandpulse.ingest.metrics.accesslog;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts bytes on both sides of a decompressor and stops with a clear error when the output
 * outgrows the input by more than {@code maxRatio} (past a floor of {@code floorBytes}): a 9 MB
 * gzip of zeros inflates to 9 GB. Real access logs compress 5 to 30 times.
 */
final class LimitedInflation {

  /** Counts the compressed bytes read from the file. */
  static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b >= 0 ? 1 : 0;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(0, n);
      return n;
    }
  }

  /** Checks the decompressed bytes against the compressed ones. */
  static final class Capped extends FilterInputStream {
    private final Counting compressed;
    private final String file;
    private final long maxRatio;
    private final long floorBytes;
    private long inflated;

    Capped(InputStream inflating, Counting compressed, String file, long maxRatio, long floor) {
      super(inflating);
      this.compressed = compressed;
      this.file = file;
      this.maxRatio = maxRatio;
      this.floorBytes = floor;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        check(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        check(n);
      }
      return n;
    }

    private void check(int n) throws IOException {
      inflated += n;
      if (inflated > floorBytes && inflated > maxRatio * Math.max(1, compressed.count)) {
        throw new IOException(
            file
                + ": decompressed "
                + inflated
                + " bytes from "
                + compressed.count
                + " compressed bytes, more than "
                + maxRatio
                + " times; expected a gzip access log (a compression bomb?), file not read"
                + " further");
      }
    }
  }

  private LimitedInflation() {}
}
