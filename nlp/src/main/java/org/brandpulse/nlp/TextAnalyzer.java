package org.brandpulse.nlp;

/**
 * Analyses one text. Implementations are thread-safe and never throw on bad text: empty, huge,
 * binary or unknown-script input gets a neutral result.
 */
public interface TextAnalyzer {

  /** Analyses a text with what is known about its post. */
  TextAnalysis analyze(String text, AnalysisContext context);

  /** Analyses a text with no context. */
  default TextAnalysis analyze(String text) {
    return analyze(text, AnalysisContext.NONE);
  }

  /** The tier name recorded in {@link TextAnalysis#tier()}: {@code fast} or {@code deep}. */
  String tier();
}
