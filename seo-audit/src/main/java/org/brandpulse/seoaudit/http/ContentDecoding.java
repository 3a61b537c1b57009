package org.brandpulse.seoaudit.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Decodes {@code Content-Encoding} (gzip, x-gzip, deflate; a list is undone last to first) with a
 * cap on the decoded size, so a gzip bomb yields a truncated body instead of filling the heap. A
 * body that does not decode is kept as it is (marked truncated when decoding stopped half-way).
 */
public final class ContentDecoding {

  /** Decoded bytes and whether they were cut. */
  public record Decoded(byte[] bytes, boolean truncated) {}

  private ContentDecoding() {}

  /**
   * Undoes {@code contentEncoding} on {@code body}, keeping at most {@code cap} decoded bytes.
   *
   * @param alreadyTruncated whether the raw body was cut already (carried into the result)
   */
  public static Decoded decode(
      String contentEncoding, byte[] body, long cap, boolean alreadyTruncated) {
    String[] codings = contentEncoding.split(",");
    byte[] bytes = body;
    boolean truncated = alreadyTruncated;
    for (int i = codings.length - 1; i >= 0; i--) {
      String coding = codings[i].strip();
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        Decoded d = inflate(bytes, cap, true);
        bytes = d.bytes();
        truncated |= d.truncated();
      } else if (coding.equals("deflate")) {
        Decoded d = inflate(bytes, cap, false);
        bytes = d.bytes();
        truncated |= d.truncated();
      } else if (!coding.isEmpty() && !coding.equals("identity")) {
        return new Decoded(bytes, truncated);
      }
    }
    return new Decoded(bytes, truncated);
  }

  static Decoded inflate(byte[] compressed, long cap, boolean gzip) {
    if (gzip) {
      try {
        return readCapped(new GZIPInputStream(new ByteArrayInputStream(compressed), 8192), cap);
      } catch (IOException e) {
        return new Decoded(compressed, false);
      }
    }
    // "deflate" is zlib-wrapped by the spec, raw deflate in the wild
    boolean zlib =
        compressed.length >= 2
            && ((compressed[0] & 0x0f) == 8)
            && (((compressed[0] & 0xff) << 8) | (compressed[1] & 0xff)) % 31 == 0;
    Inflater inflater = new Inflater(!zlib);
    try {
      return readCapped(
          new InflaterInputStream(new ByteArrayInputStream(compressed), inflater), cap);
    } catch (IOException e) {
      return new Decoded(compressed, false);
    } finally {
      inflater.end();
    }
  }

  private static Decoded readCapped(InputStream in, long cap) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16384];
    try (in) {
      while (true) {
        int n;
        try {
          n = in.read(buf);
        } catch (java.io.EOFException e) {
          // a body cut by the raw cap ends mid-stream: keep what decoded
          return new Decoded(out.toByteArray(), true);
        }
        if (n < 0) {
          return new Decoded(out.toByteArray(), false);
        }
        long room = cap - out.size();
        if (n > room) {
          out.write(buf, 0, (int) room);
          return new Decoded(out.toByteArray(), true);
        }
        out.write(buf, 0, n);
      }
    }
  }
}
