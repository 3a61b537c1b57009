package org.brandpulse.nlp.contract;

import org.brandpulse.nlp.TextAnalyzer;
import org.brandpulse.nlp.TextAnalyzers;

/** The fast tier, the one ingest uses, against the analyser contract. */
class FastTextAnalyzerContractTest extends TextAnalyzerContract {

  @Override
  protected TextAnalyzer analyzer() {
    return TextAnalyzers.fast();
  }

  @Override
  protected String expectedTier() {
    return "fast";
  }
}
