package org.brandpulse.nlp.text;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The packed copies of third-party models that the build writes beside the classes reading them
 * ({@link org.brandpulse.nlp.PackResources}): a magic number and a version, then numbers and arrays
 * as {@link DataOutputStream} writes them (big-endian), read back whole. One place checks the
 * header, every count against what is left (a damaged count never allocates gigabytes), a copy cut
 * short and bytes past the end.
 */
public final class PackedForm {

  /** Reads the body of a packed copy, after its header. */
  public interface Body<T> {
    T read(PackedForm in) throws IOException;
  }

  /** Reads a whole packed copy from a stream. */
  public interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  private final ByteBuffer b;
  private final String what;

  private PackedForm(ByteBuffer b, String what) {
    this.b = b;
    this.what = what;
  }

  /** A stream for a packed copy's body, its header written. Flush it when done. */
  public static DataOutputStream write(OutputStream out, int magic, int version)
      throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
    data.writeInt(magic);
    data.writeInt(version);
    return data;
  }

  /**
   * Reads a packed copy: the header, then {@code body}, then nothing more.
   *
   * @param what what it holds, for messages ("language model")
   * @throws IOException when it is not a packed copy of this version, is cut short, or goes on past
   *     its end
   */
  public static <T> T read(InputStream in, int magic, int version, String what, Body<T> body)
      throws IOException {
    PackedForm f = new PackedForm(ByteBuffer.wrap(in.readAllBytes()), what);
    try {
      if (f.b.remaining() < 2 * Integer.BYTES || f.b.getInt() != magic || f.b.getInt() != version) {
        throw new IOException("not a packed " + what + " of version " + version);
      }
      T value = body.read(f);
      if (f.b.hasRemaining()) {
        throw new IOException("packed " + what + " has " + f.b.remaining() + " bytes past its end");
      }
      return value;
    } catch (BufferUnderflowException e) {
      throw f.cutShort(e);
    }
  }

  /**
   * The packed copy {@code resource} beside {@code owner}, else (a build that did not write it, as
   * an IDE's may not) what {@code source} makes from the original.
   *
   * @throws UncheckedIOException when the packed copy is there but unreadable
   */
  public static <T> T load(Class<?> owner, String resource, Reader<T> packed, Supplier<T> source) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in != null) {
        return packed.read(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the packed copy " + owner.getPackageName() + "/" + resource, e);
    }
    return source.get();
  }

  public int readInt() {
    return b.getInt();
  }

  public float readFloat() {
    return b.getFloat();
  }

  /** A string {@link DataOutputStream#writeUTF} wrote (ASCII and most text: standard UTF-8). */
  public String readUtf() throws IOException {
    return new String(bytes(Short.toUnsignedInt(b.getShort())), StandardCharsets.UTF_8);
  }

  public byte[] bytes(int n) throws IOException {
    byte[] out = new byte[need(n, Byte.BYTES)];
    b.get(out);
    return out;
  }

  public int[] ints(int n) throws IOException {
    int[] out = new int[need(n, Integer.BYTES)];
    b.asIntBuffer().get(out);
    b.position(b.position() + n * Integer.BYTES);
    return out;
  }

  public long[] longs(int n) throws IOException {
    long[] out = new long[need(n, Long.BYTES)];
    b.asLongBuffer().get(out);
    b.position(b.position() + n * Long.BYTES);
    return out;
  }

  public double[] doubles(int n) throws IOException {
    double[] out = new double[need(n, Double.BYTES)];
    b.asDoubleBuffer().get(out);
    b.position(b.position() + n * Double.BYTES);
    return out;
  }

  /** {@code n}, when {@code n} values of {@code size} bytes are left. */
  private int need(int n, int size) throws IOException {
    if (n < 0) {
      throw new IOException("packed " + what + " has a count of " + n);
    }
    if ((long) n * size > b.remaining()) {
      throw cutShort(null);
    }
    return n;
  }

  private IOException cutShort(Exception cause) {
    return new IOException("packed " + what + " is cut short", cause);
  }
}
