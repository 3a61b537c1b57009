package org.brandpulse.nlp.ml;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The binary model file, big-endian throughout:
 *
 * <pre>
 * "BPLM"  magic, 4 bytes
 * int     format version ({@value #VERSION})
 * int     bits; byte flags (1 unigrams, 2 bigrams, 4 signed); byte charMin; byte charMax; int seed
 * int     label count, then each label as modified UTF-8 (DataOutput.writeUTF)
 * int     property count, then key and value as modified UTF-8
 * byte    1 binary, 0 multinomial; rows = 1 or label count
 * float   rows biases
 * byte    0 dense: 2^bits * rows floats
 *         1 sparse: int n, n ascending int feature indices, then n * rows floats
 * </pre>
 *
 * Sparse storage is chosen when it is smaller (features never seen in training stay zero). Weights
 * are read as one block, so a few-megabyte model loads in milliseconds.
 */
final class LinearModelFormat {
  static final int VERSION = 1;
  private static final int MAGIC = 0x42504c4d; // "BPLM"

  private LinearModelFormat() {}

  static void write(LinearModel model, OutputStream target) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
    FeatureConfig c = model.config();
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(c.bits());
    out.writeByte((c.wordUnigrams() ? 1 : 0) | (c.wordBigrams() ? 2 : 0) | (c.signed() ? 4 : 0));
    out.writeByte(c.charMin());
    out.writeByte(c.charMax());
    out.writeInt(c.seed());
    out.writeInt(model.labels().size());
    for (String label : model.labels()) {
      out.writeUTF(label);
    }
    out.writeInt(model.properties().size());
    for (Map.Entry<String, String> e : model.properties().entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
    int rows = model.rows();
    out.writeByte(model.binary() ? 1 : 0);
    for (float b : model.bias()) {
      out.writeFloat(b);
    }
    float[] w = model.weights();
    int dim = c.dimension();
    int present = 0;
    for (int f = 0; f < dim; f++) {
      present += isPresent(w, f, rows) ? 1 : 0;
    }
    if ((long) present * (4 + 4L * rows) < 4L * dim * rows) {
      out.writeByte(1);
      out.writeInt(present);
      for (int f = 0; f < dim; f++) {
        if (isPresent(w, f, rows)) {
          out.writeInt(f);
        }
      }
      for (int f = 0; f < dim; f++) {
        if (isPresent(w, f, rows)) {
          for (int r = 0; r < rows; r++) {
            out.writeFloat(w[f * rows + r]);
          }
        }
      }
    } else {
      out.writeByte(0);
      for (float v : w) {
        out.writeFloat(v);
      }
    }
    out.flush();
  }

  private static boolean isPresent(float[] w, int f, int rows) {
    for (int r = 0; r < rows; r++) {
      if (w[f * rows + r] != 0f) {
        return true;
      }
    }
    return false;
  }

  static LinearModel read(InputStream source) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(source, 1 << 16));
    int magic = in.readInt();
    if (magic != MAGIC) {
      throw new IOException(
          "not a Brandpulse linear model: expected magic BPLM, found 0x"
              + Integer.toHexString(magic));
    }
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException(
          "linear model format version "
              + version
              + " is not supported (expected "
              + VERSION
              + ")");
    }
    int bits = in.readInt();
    int flags = in.readByte();
    FeatureConfig config;
    try {
      config =
          new FeatureConfig(
              bits,
              (flags & 1) != 0,
              (flags & 2) != 0,
              in.readByte(),
              in.readByte(),
              (flags & 4) != 0,
              in.readInt());
    } catch (IllegalArgumentException e) {
      throw new IOException("linear model header: " + e.getMessage(), e);
    }
    int labelCount = checkedCount(in.readInt(), 1 << 16, "label count");
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < labelCount; i++) {
      labels.add(in.readUTF());
    }
    int propCount = checkedCount(in.readInt(), 1 << 16, "property count");
    Map<String, String> props = new LinkedHashMap<>();
    for (int i = 0; i < propCount; i++) {
      props.put(in.readUTF(), in.readUTF());
    }
    boolean binary = in.readByte() == 1;
    int rows = binary ? 1 : labelCount;
    float[] bias = new float[rows];
    for (int r = 0; r < rows; r++) {
      bias[r] = in.readFloat();
    }
    int dim = config.dimension();
    float[] weights = new float[dim * rows];
    int encoding = in.readByte();
    if (encoding == 0) {
      readFloats(in, weights, 0, weights.length);
    } else if (encoding == 1) {
      int present = checkedCount(in.readInt(), dim, "stored feature count");
      byte[] raw = new byte[present * 4];
      in.readFully(raw);
      int[] features = new int[present];
      ByteBuffer.wrap(raw).asIntBuffer().get(features);
      float[] packed = new float[present * rows];
      readFloats(in, packed, 0, packed.length);
      for (int i = 0; i < present; i++) {
        if (features[i] < 0 || features[i] >= dim) {
          throw new IOException(
              "linear model: feature index " + features[i] + " outside 0.." + dim);
        }
        System.arraycopy(packed, i * rows, weights, features[i] * rows, rows);
      }
    } else {
      throw new IOException("linear model: unknown weight encoding " + encoding);
    }
    try {
      return new LinearModel(config, labels, props, binary, weights, bias);
    } catch (IllegalArgumentException e) {
      throw new IOException("linear model: " + e.getMessage(), e);
    }
  }

  private static void readFloats(DataInputStream in, float[] target, int from, int count)
      throws IOException {
    byte[] raw = new byte[count * 4];
    in.readFully(raw);
    ByteBuffer.wrap(raw).asFloatBuffer().get(target, from, count);
  }

  private static int checkedCount(int n, int max, String what) throws IOException {
    if (n < 0 || n > max) {
      throw new IOException("linear model: " + what + " " + n + " outside 0.." + max);
    }
    return n;
  }
}
