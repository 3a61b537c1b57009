package org.brandpulse.nlp.ml;

import java.util.List;
import java.util.Objects;

/**
 * Turns tokens into hashed features ("the hashing trick", Weinberger et al., ICML 2009): each word
 * unigram, word bigram and character n-gram is hashed with MurmurHash3's mixing steps into one of
 * {@code 2^bits} slots, with a sign from another hash bit when {@link FeatureConfig#signed()}. Each
 * kind of feature hashes with its own seed, so the word {@code "ok"} and the character bigram
 * {@code "ok"} land in different slots. No strings are built: n-grams are hashed in place.
 * Immutable and thread-safe.
 */
public final class FeatureHasher {
  private static final int UNIGRAM = 0x1b873593;
  private static final int BIGRAM = 0x5bd1e995;
  private static final int CHARS = 0x27d4eb2f;
  private static final int NAMED = 0x165667b1;

  private final FeatureConfig config;
  private final int mask;

  /** A hasher for the given configuration. */
  public FeatureHasher(FeatureConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.mask = config.dimension() - 1;
  }

  /** The configuration. */
  public FeatureConfig config() {
    return config;
  }

  /** Adds the configured n-gram features of {@code tokens}, each with weight 1. */
  public void addTokens(List<? extends CharSequence> tokens, FeatureVector out) {
    int[] states = config.charMin() > 0 ? STATES.get() : null;
    int previous = 0;
    for (int t = 0; t < tokens.size(); t++) {
      CharSequence token = tokens.get(t);
      int h = hash(token, 0, token.length(), config.seed() ^ UNIGRAM);
      if (config.wordUnigrams()) {
        emit(h, 1f, out);
      }
      if (config.wordBigrams() && t > 0) {
        emit(fmix(previous * 0xcc9e2d51 + h ^ BIGRAM), 1f, out);
      }
      previous = h;
      if (config.charMin() > 0) {
        states = addCharNgrams(token, out, states);
      }
    }
  }

  /**
   * Adds a named feature with a value, e.g. {@code "vader.compound"}: for dense cues that sit next
   * to the n-grams.
   */
  public void addNamed(CharSequence name, float value, FeatureVector out) {
    int h = hash(name, 0, name.length(), config.seed() ^ NAMED);
    out.add(h & mask, value);
  }

  /** The slot a named feature lands in (for inspection and tests). */
  public int namedIndex(CharSequence name) {
    return hash(name, 0, name.length(), config.seed() ^ NAMED) & mask;
  }

  /** Per-thread scratch for {@link #addCharNgrams}: the hash states of every prefix of a gram. */
  private static final ThreadLocal<int[]> STATES = ThreadLocal.withInitial(() -> new int[256]);

  /**
   * Adds the character n-grams of one token, in the order n = charMin..charMax, then start. The
   * hash of a gram is the mixing chain over its characters, so the chain of {@code [start, start +
   * n)} is a prefix of the chain of {@code [start, start + n + 1)}: the states are computed once
   * per start (about {@code len * charMax} mixes instead of {@code len * (charMin + ... +
   * charMax)}), giving the same features in the same order as hashing each gram from scratch.
   *
   * @return the scratch array, grown when the token needed more room
   */
  private int[] addCharNgrams(CharSequence token, FeatureVector out, int[] states) {
    int len = token.length() + 2;
    int max = Math.min(config.charMax(), len);
    int[] grown = charGramStates(token, config.seed(), max, states);
    if (grown != states) {
      states = grown;
      STATES.set(states);
    }
    for (int n = config.charMin(); n <= max; n++) {
      for (int start = 0; start + n <= len; start++) {
        if (n == 1 && (start == 0 || start == len - 1)) {
          continue;
        }
        emit(fmix(states[start * max + n - 1] ^ n), 1f, out);
      }
    }
    return states;
  }

  private void emit(int h, float value, FeatureVector out) {
    float v = config.signed() && h < 0 ? -value : value;
    out.add(h & mask, v);
  }

  /** MurmurHash3-style hash of {@code s[from, to)}, one char per block. */
  static int hash(CharSequence s, int from, int to, int seed) {
    int h = seed;
    for (int i = from; i < to; i++) {
      h = mixChar(h, s.charAt(i));
    }
    return fmix(h ^ (to - from));
  }

  /**
   * The running hashes of a token's character grams, before {@link #fmix}: {@code states[start *
   * max + k]} is the hash of the {@code k + 1} characters from {@code start} of the token padded as
   * {@code <token>}, for grams of at most {@code max} characters, with a configuration's {@code
   * seed}. Public for hashers that must give exactly these hashes (the Bengali one-pass n-grams).
   *
   * @param states scratch space, returned, or a larger array when the token needs more room
   */
  public static int[] charGramStates(CharSequence token, int seed, int max, int[] states) {
    int len = token.length() + 2;
    if (states.length < len * max) {
      states = new int[Integer.highestOneBit(len * max) << 1];
    }
    char[] padded = PADDED.get();
    if (padded.length < len) {
      padded = new char[Integer.highestOneBit(len) << 1];
      PADDED.set(padded);
    }
    padded[0] = '<';
    if (token instanceof String string) {
      string.getChars(0, string.length(), padded, 1);
    } else {
      for (int i = 0; i < token.length(); i++) {
        padded[i + 1] = token.charAt(i);
      }
    }
    padded[len - 1] = '>';
    int s = seed ^ CHARS;
    for (int start = 0; start < len; start++) {
      int h = s;
      int base = start * max;
      int end = Math.min(start + max, len);
      for (int i = start; i < end; i++) {
        h = mixChar(h, padded[i]);
        states[base + i - start] = h;
      }
    }
    return states;
  }

  /** Per-thread scratch for {@link #charGramStates}: the padded token. */
  private static final ThreadLocal<char[]> PADDED = ThreadLocal.withInitial(() -> new char[64]);

  /** One character mixed into a running MurmurHash3-style state; {@link #fmix} finishes it. */
  private static int mixChar(int h, char c) {
    int k = c * 0xcc9e2d51;
    k = Integer.rotateLeft(k, 15) * 0x1b873593;
    h ^= k;
    return Integer.rotateLeft(h, 13) * 5 + 0xe6546b64;
  }

  /** MurmurHash3's finaliser of a state built by {@link #mixChar}. */
  public static int fmix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }
}
