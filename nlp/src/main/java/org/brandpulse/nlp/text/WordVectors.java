package org.brandpulse.nlp.text;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.neural.Embedding;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.ejml.simple.SimpleMatrix;

/**
 * Pre-trained English word vectors: the 50-dimensional, lower-case embeddings (103,144 words) of
 * Stanford CoreNLP's neural coreference model ({@value #RESOURCE} in the CoreNLP models jar, GPL
 * 3.0 like Brandpulse), each scaled to unit length. They carry what a few thousand labelled posts
 * cannot: that "refunded", "rebate" and "fees" or "rude" and "obnoxious" mean much the same.
 *
 * <p>{@link #english()} loads them once (6 MB of heap once loaded): from the packed table the build
 * writes ({@link org.brandpulse.nlp.PackResources}, 0.15 s on one core), else from CoreNLP's
 * serialized vectors (two seconds). Lookups are thread-safe. Components are kept as bytes (a step
 * of 1/127 of the largest component), which the complaint model was trained with.
 */
public final class WordVectors {
  /**
   * The packed table the build writes beside this class (from {@link #RESOURCE}, by {@link
   * org.brandpulse.nlp.PackResources}).
   */
  static final String PACKED_RESOURCE = "english-vectors.bin";

  /** Where CoreNLP keeps the vectors, on the classpath. */
  public static final String RESOURCE =
      "edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz";

  private static final CharArraySet STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  private static final int ROW_BITS = 24;
  private static final long ROW_MASK = (1L << ROW_BITS) - 1;

  private final int dimension;
  private final int size;
  private final long[] slots;
  private final byte[] table;
  private final float scale;

  /**
   * Packs the vectors (stop words left out, each scaled to unit length, zero vectors dropped) into
   * an open-addressing table of 64-bit word fingerprints (the top 40 bits kept beside a 24-bit row
   * number) and one byte per component: a lookup touches two cache lines, and the whole table takes
   * about 6 MB instead of the 30 MB of a map of float arrays, which the fast tier's other tables
   * would otherwise have to share the cache with.
   */
  WordVectors(int dimension, Map<String, float[]> vectors) {
    this.dimension = dimension;
    Map<String, float[]> unit = new HashMap<>(vectors.size() * 2);
    float max = 0;
    for (Map.Entry<String, float[]> e : vectors.entrySet()) {
      float[] v = e.getValue();
      if (v.length != dimension) {
        throw new IllegalArgumentException(
            "vector of '" + e.getKey() + "' has " + v.length + " values, not " + dimension);
      }
      double norm = 0;
      for (float f : v) {
        norm += f * f;
      }
      if (norm == 0 || STOP.contains(e.getKey())) {
        continue;
      }
      float[] u = new float[dimension];
      for (int k = 0; k < dimension; k++) {
        u[k] = (float) (v[k] / Math.sqrt(norm));
        max = Math.max(max, Math.abs(u[k]));
      }
      unit.put(e.getKey(), u);
    }
    if (unit.size() >= ROW_MASK) {
      throw new IllegalArgumentException("too many words: " + unit.size());
    }
    this.size = unit.size();
    this.scale = max > 0 ? max / 127f : 1f;
    this.slots = new long[Integer.highestOneBit(Math.max(16, size * 2)) << 1];
    this.table = new byte[size * dimension];
    int row = 0;
    for (Map.Entry<String, float[]> e : unit.entrySet()) {
      long h = Fingerprint64.of(e.getKey());
      int slot = slotOf(h);
      while (slots[slot] != 0) {
        slot = (slot + 1) & (slots.length - 1);
      }
      slots[slot] = (h & ~ROW_MASK) | (row + 1);
      float[] u = e.getValue();
      for (int k = 0; k < dimension; k++) {
        table[row * dimension + k] = (byte) Math.round(u[k] / scale);
      }
      row++;
    }
  }

  private WordVectors(int dimension, int size, float scale, long[] slots, byte[] table) {
    this.dimension = dimension;
    this.size = size;
    this.scale = scale;
    this.slots = slots;
    this.table = table;
  }

  /** Format of {@link #writePacked}: magic, version. */
  private static final int PACKED_MAGIC = 0x42505756; // "BPWV"

  private static final int PACKED_VERSION = 1;

  /**
   * Writes the packed table as it is in memory (its fingerprint slots and byte components): {@link
   * #readPacked} takes it back in 0.15 s, where building it from CoreNLP's serialized vectors takes
   * two seconds of every start.
   */
  public void writePacked(OutputStream out) throws IOException {
    DataOutputStream data = PackedForm.write(out, PACKED_MAGIC, PACKED_VERSION);
    data.writeInt(dimension);
    data.writeInt(size);
    data.writeFloat(scale);
    data.writeInt(slots.length);
    for (long slot : slots) {
      data.writeLong(slot);
    }
    data.write(table);
    data.flush();
  }

  /**
   * Reads what {@link #writePacked} wrote.
   *
   * @throws IOException when the stream is not a packed table of this version, or is cut short
   */
  public static WordVectors readPacked(InputStream in) throws IOException {
    return PackedForm.read(
        in,
        PACKED_MAGIC,
        PACKED_VERSION,
        "word-vector table",
        f -> {
          int dimension = f.readInt();
          int size = f.readInt();
          float scale = f.readFloat();
          int slotCount = f.readInt();
          if (dimension <= 0 || size < 0 || Integer.bitCount(slotCount) != 1 || slotCount <= size) {
            throw new IOException(
                "packed word-vector table has a bad header: dimension "
                    + dimension
                    + ", "
                    + size
                    + " words, "
                    + slotCount
                    + " slots");
          }
          long[] slots = f.longs(slotCount);
          byte[] table = f.bytes(Math.multiplyExact(size, dimension));
          return new WordVectors(dimension, size, scale, slots, table);
        });
  }

  private int slotOf(long h) {
    return (int) (h ^ (h >>> 32)) & (slots.length - 1);
  }

  /** The row of a word, or -1. */
  private int row(CharSequence word) {
    long h = Fingerprint64.of(word);
    long key = h & ~ROW_MASK;
    int slot = slotOf(h);
    long entry;
    while ((entry = slots[slot]) != 0) {
      if ((entry & ~ROW_MASK) == key) {
        return (int) (entry & ROW_MASK) - 1;
      }
      slot = (slot + 1) & (slots.length - 1);
    }
    return -1;
  }

  private static final class Holder {
    static final WordVectors ENGLISH = load();

    /**
     * The packed table, from the build ({@link org.brandpulse.nlp.PackResources}); else CoreNLP's
     * vectors.
     */
    private static WordVectors load() {
      return PackedForm.load(
          WordVectors.class, PACKED_RESOURCE, WordVectors::readPacked, WordVectors::fromCoreNlp);
    }
  }

  /**
   * CoreNLP's vectors, read from the models jar and packed (the slow way, which the build does
   * once).
   */
  public static WordVectors fromCoreNlp() {
    Object o;
    try {
      o = IOUtils.readObjectFromURLOrClasspathOrFileSystem(RESOURCE);
    } catch (IOException | ClassNotFoundException e) {
      throw new UncheckedIOException(
          "cannot read the word vectors "
              + RESOURCE
              + " (the stanford-corenlp models jar must be on the classpath)",
          e instanceof IOException io ? io : new IOException(e));
    }
    Embedding embedding = (Embedding) o;
    Map<String, float[]> vectors = new HashMap<>(embedding.size() * 2);
    for (Map.Entry<String, SimpleMatrix> e : embedding.getWordVectors().entrySet()) {
      SimpleMatrix m = e.getValue();
      float[] v = new float[embedding.getEmbeddingSize()];
      for (int k = 0; k < v.length; k++) {
        v[k] = (float) m.get(k);
      }
      vectors.put(e.getKey(), v);
    }
    return new WordVectors(embedding.getEmbeddingSize(), vectors);
  }

  /** CoreNLP's English vectors, loaded on first use. */
  public static WordVectors english() {
    return Holder.ENGLISH;
  }

  /** Length of every vector. */
  public int dimension() {
    return dimension;
  }

  /** Number of words with a vector (stop words have none). */
  public int size() {
    return size;
  }

  /** Whether the word (lower case) has a vector. */
  public boolean contains(String lowerWord) {
    return row(lowerWord) >= 0;
  }

  /** Cosine similarity of two words' vectors, NaN when either has none. */
  public double similarity(String a, String b) {
    int i = row(a);
    int j = row(b);
    if (i < 0 || j < 0) {
      return Double.NaN;
    }
    double s = 0;
    double na = 0;
    double nb = 0;
    for (int k = 0; k < dimension; k++) {
      int x = table[i * dimension + k];
      int y = table[j * dimension + k];
      s += x * y;
      na += x * x;
      nb += y * y;
    }
    return s / Math.sqrt(na * nb);
  }

  /**
   * Writes into {@code out} (length {@link #dimension()}) the direction of the sum of the vectors
   * of the text's words and hashtag words, English stop words left out, scaled to unit length; all
   * zeros when none of them has a vector.
   *
   * @return how many tokens contributed
   */
  public int meanDirection(List<Token> tokens, double[] out) {
    java.util.Arrays.fill(out, 0);
    int used = 0;
    for (Token t : tokens) {
      CharSequence w;
      if (t.kind() == Token.Kind.WORD) {
        w = t.lower();
      } else if (t.kind() == Token.Kind.HASHTAG && t.lower().length() > 1) {
        w = CharBuffer.wrap(t.lower(), 1, t.lower().length());
      } else {
        continue;
      }
      int row = row(w);
      if (row < 0) {
        continue;
      }
      int base = row * dimension;
      for (int k = 0; k < dimension; k++) {
        out[k] += table[base + k];
      }
      used++;
    }
    double norm = 0;
    for (double v : out) {
      norm += v * v;
    }
    if (norm > 0) {
      norm = Math.sqrt(norm);
      for (int k = 0; k < dimension; k++) {
        out[k] /= norm;
      }
    }
    return used;
  }
}
