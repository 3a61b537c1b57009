package org.brandpulse.seoaudit.checks;

import java.util.Map;
import java.util.TreeMap;

/**
 * The configurable limits of the check catalogue. Start from {@link #DEFAULTS}; override by check
 * id with {@link #with(Map)} (what {@code brandpulse.yml} does), e.g. {@code
 * DEFAULTS.with(Map.of("title-too-long", 70))}.
 *
 * @param slowResponseMillis {@code slow-response}: fetch time above this
 * @param maxRedirectHops {@code redirect-chain}: more hops than this
 * @param titleMaxChars {@code title-too-long}: more code points than this
 * @param titleMinChars {@code title-too-short}: fewer code points than this
 * @param descriptionMaxChars {@code description-too-long}: more code points than this
 * @param descriptionMinChars {@code description-too-short}: fewer code points than this
 * @param thinContentWords {@code thin-content}: fewer words than this
 * @param nearDuplicateSimilarity {@code near-duplicate-content}: SimHash similarity at least this
 * @param maxElements {@code dom-too-large}: more elements than this
 * @param maxHtmlBytes {@code page-too-large}: more HTML bytes than this
 * @param maxLinks {@code too-many-links}: more links than this
 * @param maxDepth {@code deep-page}: click depth above this
 * @param imgAltMaxChars {@code img-alt-too-long}: more code points than this
 * @param imgMaxBytes {@code img-too-large}: more bytes than this
 * @param urlMaxChars {@code url-too-long}: more characters than this
 */
public record Thresholds(
    long slowResponseMillis,
    int maxRedirectHops,
    int titleMaxChars,
    int titleMinChars,
    int descriptionMaxChars,
    int descriptionMinChars,
    int thinContentWords,
    double nearDuplicateSimilarity,
    int maxElements,
    long maxHtmlBytes,
    int maxLinks,
    int maxDepth,
    int imgAltMaxChars,
    long imgMaxBytes,
    int urlMaxChars) {

  /** The defaults of the catalogue (Screaming Frog's and Lighthouse's where they agree). */
  public static final Thresholds DEFAULTS =
      new Thresholds(
          800,
          1,
          60,
          30,
          155,
          70,
          200,
          0.90,
          1_500,
          2L * 1024 * 1024,
          100,
          4,
          100,
          100L * 1024,
          115);

  public Thresholds {
    long[] nonNegative = {
      slowResponseMillis,
      maxRedirectHops,
      titleMaxChars,
      titleMinChars,
      descriptionMaxChars,
      descriptionMinChars,
      thinContentWords,
      maxElements,
      maxHtmlBytes,
      maxLinks,
      maxDepth,
      imgAltMaxChars,
      imgMaxBytes,
      urlMaxChars
    };
    for (long v : nonNegative) {
      if (v < 0) {
        throw new IllegalArgumentException("thresholds must be >= 0, got " + v + " in " + this);
      }
    }
    if (!(nearDuplicateSimilarity > 0.5 && nearDuplicateSimilarity <= 1.0)) {
      throw new IllegalArgumentException(
          "nearDuplicateSimilarity must be in (0.5, 1.0], got " + nearDuplicateSimilarity);
    }
  }

  /**
   * These thresholds with some replaced, keyed by check id ({@code slow-response}, {@code
   * redirect-chain}, {@code title-too-long}, {@code title-too-short}, {@code description-too-long},
   * {@code description-too-short}, {@code thin-content}, {@code near-duplicate-content}, {@code
   * dom-too-large}, {@code page-too-large}, {@code too-many-links}, {@code deep-page}, {@code
   * img-alt-too-long}, {@code img-too-large}, {@code url-too-long}).
   *
   * @throws IllegalArgumentException naming the key when a key is unknown or a value invalid
   */
  public Thresholds with(Map<String, ? extends Number> overrides) {
    Map<String, Number> v = new TreeMap<>(asMap());
    for (Map.Entry<String, ? extends Number> e : overrides.entrySet()) {
      if (!v.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            "unknown threshold '" + e.getKey() + "', expected one of " + v.keySet());
      }
      v.put(e.getKey(), e.getValue());
    }
    return new Thresholds(
        v.get("slow-response").longValue(),
        v.get("redirect-chain").intValue(),
        v.get("title-too-long").intValue(),
        v.get("title-too-short").intValue(),
        v.get("description-too-long").intValue(),
        v.get("description-too-short").intValue(),
        v.get("thin-content").intValue(),
        v.get("near-duplicate-content").doubleValue(),
        v.get("dom-too-large").intValue(),
        v.get("page-too-large").longValue(),
        v.get("too-many-links").intValue(),
        v.get("deep-page").intValue(),
        v.get("img-alt-too-long").intValue(),
        v.get("img-too-large").longValue(),
        v.get("url-too-long").intValue());
  }

  /** The thresholds keyed by the id of the check they belong to. */
  public Map<String, Number> asMap() {
    Map<String, Number> m = new TreeMap<>();
    m.put("slow-response", slowResponseMillis);
    m.put("redirect-chain", maxRedirectHops);
    m.put("title-too-long", titleMaxChars);
    m.put("title-too-short", titleMinChars);
    m.put("description-too-long", descriptionMaxChars);
    m.put("description-too-short", descriptionMinChars);
    m.put("thin-content", thinContentWords);
    m.put("near-duplicate-content", nearDuplicateSimilarity);
    m.put("dom-too-large", maxElements);
    m.put("page-too-large", maxHtmlBytes);
    m.put("too-many-links", maxLinks);
    m.put("deep-page", maxDepth);
    m.put("img-alt-too-long", imgAltMaxChars);
    m.put("img-too-large", imgMaxBytes);
    m.put("url-too-long", urlMaxChars);
    return m;
  }
}
