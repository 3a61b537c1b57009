package org.brandpulse.nlp;

/**
 * Where analysers come from.
 *
 * <p>{@link #fast()} is the tier ingest uses: lexicon and rule based, tens of thousands of posts
 * per second per core, resources loaded once on first use.
 */
public final class TextAnalyzers {
  private TextAnalyzers() {}

  private static final class FastHolder {
    static final TextAnalyzer INSTANCE = new FastTextAnalyzer();
  }

  /** The shared fast-tier analyser ({@code tier() == "fast"}); thread-safe. */
  public static TextAnalyzer fast() {
    return FastHolder.INSTANCE;
  }
}
