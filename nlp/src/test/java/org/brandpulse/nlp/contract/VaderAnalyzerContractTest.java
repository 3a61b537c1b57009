package org.brandpulse.nlp.contract;

import org.brandpulse.nlp.TextAnalyzer;
import org.brandpulse.nlp.TextAnalyzers;

/** The version 1 lexicon tier, the evaluation baseline, against the analyser contract. */
class VaderAnalyzerContractTest extends TextAnalyzerContract {

  @Override
  protected TextAnalyzer analyzer() {
    return TextAnalyzers.vader();
  }

  @Override
  protected String expectedTier() {
    return "fast";
  }
}
