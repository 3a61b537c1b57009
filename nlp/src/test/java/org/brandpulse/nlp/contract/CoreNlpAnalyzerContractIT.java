package org.brandpulse.nlp.contract;

import org.brandpulse.nlp.TextAnalyzer;
import org.brandpulse.nlp.TextAnalyzers;

/**
 * The deep tier (Stanford CoreNLP) against the analyser contract; an integration test because its
 * pipeline takes seconds to load.
 */
class CoreNlpAnalyzerContractIT extends TextAnalyzerContract {

  @Override
  protected TextAnalyzer analyzer() {
    return TextAnalyzers.deep();
  }

  @Override
  protected String expectedTier() {
    return "deep";
  }
}
