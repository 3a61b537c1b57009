package org.brandpulse.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.brandpulse.nlp.text.SimHash;

/**
 * The de-duplication keys of a post text: an exact key of its normalised text and, for texts of at
 * least {@value #MIN_TOKENS} words, SimHash band keys for near-duplicates.
 *
 * <p>Normalisation (see {@link #normalize(String)}) makes retweets and copy-paste spam with a
 * changed link, mention, punctuation or case identical. The SimHash is 64 bits over the word
 * 3-shingles of the normalised text; it is cut into {@value #BANDS} bands of 16 bits, and each band
 * is a key. Two texts within Hamming distance {@value #MAX_DISTANCE} share at least one band
 * (pigeonhole: 3 differing bits touch at most 3 of 4 bands), so looking texts up by band keys finds
 * every near-duplicate candidate; {@link #matches(DedupKeys)} then checks the distance.
 *
 * <p>Short texts ("thanks!", "love it") carry too few shingles for a meaningful SimHash and get
 * only the exact key. Text that normalises to nothing (a bare link) gets no keys at all: there is
 * nothing to compare.
 */
public final class DedupKeys {

  /** Fewest words for a SimHash; shorter texts get only the exact key. */
  public static final int MIN_TOKENS = 5;

  /** Words per shingle. */
  public static final int SHINGLE = 3;

  /** SimHash bands (of 64 / BANDS = 16 bits each). */
  public static final int BANDS = 4;

  /** Largest SimHash Hamming distance still counted as a near-duplicate. */
  public static final int MAX_DISTANCE = 3;

  private static final Pattern RETWEET = Pattern.compile("^(?:rt\\s+@[\\p{L}\\p{N}_.]+:?\\s*)+");
  private static final Pattern VIA =
      Pattern.compile("(?<![\\p{L}\\p{N}])via\\s+@[\\p{L}\\p{N}_.]+(?:@[\\p{L}\\p{N}_.-]+)?");
  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
  private static final Pattern MENTION =
      Pattern.compile("(?<![\\p{L}\\p{N}])@[\\p{L}\\p{N}_.]+(?:@[\\p{L}\\p{N}_.-]+)?");
  private static final Pattern PUNCTUATION = Pattern.compile("\\p{P}+");
  private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");

  private final String normalized;
  private final String exactKey;
  private final boolean hasSimHash;
  private final long simHash;
  private List<String> all;

  private DedupKeys(String normalized, String exactKey, boolean hasSimHash, long simHash) {
    this.normalized = normalized;
    this.exactKey = exactKey;
    this.hasSimHash = hasSimHash;
    this.simHash = simHash;
  }

  /** Texts whose keys are remembered by {@link #of} (a chunk's worth and more). */
  private static final int MEMO = 4_096;

  /**
   * Longest text remembered: social posts, not articles, so the memo stays under about 16 MB of a
   * 512 MB heap whatever the sources hold.
   */
  private static final int MEMO_MAX_CHARS = 1_024;

  /**
   * The keys of the texts seen last. An ingest computes a post's keys in the de-duplication check
   * and again when the store indexes the post (and a copy's text is often seen many times): the
   * memo makes that once per text. Keys are a pure function of the text, so a hit is exact.
   */
  @SuppressWarnings("serial")
  private static final Map<String, DedupKeys> MEMO_BY_TEXT =
      new LinkedHashMap<>(MEMO * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DedupKeys> eldest) {
          return size() > MEMO;
        }
      };

  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("every Java platform has SHA-256", e);
            }
          });

  /** The keys of a post text. */
  public static DedupKeys of(String text) {
    if (text.length() > MEMO_MAX_CHARS) {
      return compute(text);
    }
    synchronized (MEMO_BY_TEXT) {
      DedupKeys known = MEMO_BY_TEXT.get(text);
      if (known != null) {
        return known;
      }
    }
    DedupKeys keys = compute(text);
    synchronized (MEMO_BY_TEXT) {
      MEMO_BY_TEXT.put(text, keys);
    }
    return keys;
  }

  private static DedupKeys compute(String text) {
    String normalized = normalize(text);
    if (normalized.isEmpty()) {
      return new DedupKeys(normalized, null, false, 0L);
    }
    String exact = "x:" + sha256Prefix(normalized);
    String[] words = normalized.split(" ");
    if (words.length < MIN_TOKENS) {
      return new DedupKeys(normalized, exact, false, 0L);
    }
    return new DedupKeys(normalized, exact, true, SimHash.ofShingles(words, SHINGLE));
  }

  /**
   * Normalises a text for comparison: NFKC, lower case, leading {@code RT @x:} and any {@code via
   * @x} removed, links and {@code @mentions} removed, punctuation replaced by spaces (so {@code
   * #tag} becomes {@code tag}), whitespace collapsed. Emoji and other symbols stay.
   */
  public static String normalize(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = SPACE.matcher(s).replaceAll(" ").trim();
    // Retweet prefixes, "via @x" and mentions all need an '@', links "http" or "www.": most texts
    // skip those passes (the results are the same either way).
    if (s.indexOf('@') >= 0) {
      s = RETWEET.matcher(s).replaceFirst("");
      s = VIA.matcher(s).replaceAll(" ");
    }
    if (s.contains("http") || s.contains("www.")) {
      s = URL.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('@') >= 0) {
      s = MENTION.matcher(s).replaceAll(" ");
    }
    s = PUNCTUATION.matcher(s).replaceAll(" ");
    return SPACE.matcher(s).replaceAll(" ").trim();
  }

  /** Hamming distance of two 64-bit hashes. */
  public static int distance(long a, long b) {
    return SimHash.distance(a, b);
  }

  /** The normalised text. */
  public String normalized() {
    return normalized;
  }

  /** The exact key ({@code x:} and 16 hex digits), or null when the text normalises to nothing. */
  public String exactKey() {
    return exactKey;
  }

  /** True when the text is long enough for a SimHash. */
  public boolean hasSimHash() {
    return hasSimHash;
  }

  /** The 64-bit SimHash; only meaningful when {@link #hasSimHash()}. */
  public long simHash() {
    return simHash;
  }

  /** The band keys ({@code b0:} to {@code b3:} and 4 hex digits), empty without a SimHash. */
  public List<String> bandKeys() {
    if (!hasSimHash) {
      return List.of();
    }
    List<String> keys = new ArrayList<>(BANDS);
    int width = Long.SIZE / BANDS;
    for (int band = 0; band < BANDS; band++) {
      long bits = (simHash >>> (band * width)) & ((1L << width) - 1);
      String hex = Long.toHexString(bits);
      keys.add("b" + band + ":" + "0000".substring(hex.length()) + hex);
    }
    return keys;
  }

  /** Every key: the exact key, then the band keys. Empty when the text normalises to nothing. */
  public List<String> all() {
    List<String> keys = all;
    if (keys == null) {
      List<String> built = new ArrayList<>(1 + BANDS);
      if (exactKey != null) {
        built.add(exactKey);
      }
      built.addAll(bandKeys());
      keys = List.copyOf(built);
      all = keys;
    }
    return keys;
  }

  /**
   * The keys back from what {@link #all()} gave (in any order), e.g. as a store indexed them: equal
   * to the text's keys for {@link #matches}, without the normalised text (empty).
   *
   * @throws IllegalArgumentException when a key is not one {@link #all()} makes
   */
  public static DedupKeys fromKeys(java.util.Collection<String> keys) {
    String exact = null;
    long simHash = 0L;
    int bands = 0;
    int width = Long.SIZE / BANDS;
    for (String key : keys) {
      if (key.startsWith("x:")) {
        exact = key;
      } else if (key.length() == 7 && key.charAt(0) == 'b' && key.charAt(2) == ':') {
        int band = key.charAt(1) - '0';
        if (band < 0 || band >= BANDS) {
          throw new IllegalArgumentException("not a de-duplication key: " + key);
        }
        simHash |= Long.parseLong(key.substring(3), 16) << (band * width);
        bands |= 1 << band;
      } else {
        throw new IllegalArgumentException("not a de-duplication key: " + key);
      }
    }
    boolean complete = bands == (1 << BANDS) - 1;
    return new DedupKeys("", exact, complete, complete ? simHash : 0L);
  }

  /**
   * True when the two texts are duplicates: equal normalised text, or both have a SimHash and the
   * hashes differ in at most {@value #MAX_DISTANCE} bits.
   */
  public boolean matches(DedupKeys other) {
    if (exactKey != null && exactKey.equals(other.exactKey)) {
      return true;
    }
    return hasSimHash && other.hasSimHash && distance(simHash, other.simHash) <= MAX_DISTANCE;
  }

  @Override
  public String toString() {
    return "DedupKeys" + all();
  }

  private static String sha256Prefix(String text) {
    byte[] digest = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 8);
  }
}
