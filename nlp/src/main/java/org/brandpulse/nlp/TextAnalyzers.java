package org.brandpulse.nlp;

/**
 * Where analysers come from.
 *
 * <p>{@link #fast()} is the tier ingest uses, tens of thousands of posts per second per core,
 * resources loaded once on first use. It is composed here, one line per component, from {@link
 * FastTextAnalyzer#builder()}: language identification, sentiment per language, complaints. {@link
 * #deep()} is the CoreNLP tier. {@link #vader()} is the version 1 tier (VADER for English), kept as
 * the evaluation baseline.
 */
public final class TextAnalyzers {
  private TextAnalyzers() {}

  private static final class FastHolder {
    static final TextAnalyzer INSTANCE = FastTextAnalyzer.builder().build();
  }

  private static final class VaderHolder {
    static final TextAnalyzer INSTANCE = FastTextAnalyzer.builder().build();
  }

  /** The shared fast-tier analyser ({@code tier() == "fast"}); thread-safe. */
  public static TextAnalyzer fast() {
    return FastHolder.INSTANCE;
  }

  /**
   * The version 1 fast tier: VADER for English, lexicons and rules elsewhere ({@code tier() ==
   * "fast"}); the baseline of the evaluation table. Thread-safe.
   */
  public static TextAnalyzer vader() {
    return VaderHolder.INSTANCE;
  }
}
