package org.brandpulse.nlp;

import org.brandpulse.nlp.sentiment.BengaliSentimentModel;
import org.brandpulse.nlp.sentiment.EnglishSentiment;

/**
 * Where analysers come from.
 *
 * <p>{@link #fast()} is the tier ingest uses, tens of thousands of posts per second per core,
 * resources loaded once on first use. English sentiment comes from the trained {@link
 * EnglishSentiment} model (TweetEval-val macro-recall 0.69, see MODEL-CARD-en.md), Bengali
 * sentiment from {@link BengaliSentimentModel}; complaints and needs-reply of Bengali posts from
 * the learned {@code BengaliComplaintModel}, of all others from {@code ComplaintAnalyzer}. It is
 * composed here, one line per component, from {@link FastTextAnalyzer#builder()}: language
 * identification, sentiment per language, complaints. {@link #deep()} is the CoreNLP tier. {@link
 * #vader()} is the version 1 tier (VADER for English), kept as the evaluation baseline.
 */
public final class TextAnalyzers {
  private TextAnalyzers() {}

  private static final class FastHolder {
    static final TextAnalyzer INSTANCE =
        FastTextAnalyzer.builder()
            .sentiment("en", englishSentiment())
            .sentiment("bn", bengaliSentiment())
            .complaints(org.brandpulse.nlp.complaint.BengaliComplaintModel.loadDefault())
            .build();
  }

  private static final class VaderHolder {
    static final TextAnalyzer INSTANCE = FastTextAnalyzer.builder().build();
  }

  /**
   * The trained English model ({@link EnglishSentiment#shipped()}); also serves undetermined Latin
   * text.
   */
  private static FastTextAnalyzer.SentimentStage englishSentiment() {
    EnglishSentiment model = EnglishSentiment.shipped();
    return (text, tokens, language, latin) -> model.score(text, tokens);
  }

  /** The trained Bengali model ({@link BengaliSentimentModel#loadDefault()}). */
  private static FastTextAnalyzer.SentimentStage bengaliSentiment() {
    BengaliSentimentModel model = BengaliSentimentModel.loadDefault();
    return (text, tokens, language, latin) -> model.score(text, tokens);
  }

  /** The shared fast-tier analyser ({@code tier() == "fast"}); thread-safe. */
  public static TextAnalyzer fast() {
    return FastHolder.INSTANCE;
  }

  /**
   * Loads everything the fast tier loads on first use (models, lexicons, word vectors, language
   * profiles) by analysing an English, a Bengali and a Banglish complaint. Meant for a thread of
   * its own while an application starts, so the first posts do not wait for it (a caller that asks
   * for {@link #fast()} meanwhile waits for the same load, never starts a second one).
   */
  public static void warmUp() {
    TextAnalyzer fast = fast();
    for (String text :
        new String[] {
          "@shop my order never arrived and support will not answer, refund please"
              + " https://example.com #help 😡",
          "@shop অর্ডার এখনো আসেনি, টাকা ফেরত চাই। কেউ উত্তর দিচ্ছে না 😡",
          "@shop order ekhono ashe nai, taka ferot chai, keu reply dey na"
        }) {
      fast.analyze(text, AnalysisContext.NONE);
    }
  }

  private static final class DeepHolder {
    static final TextAnalyzer INSTANCE = new org.brandpulse.nlp.deep.CoreNlpAnalyzer(fast());
  }

  /**
   * The shared deep-tier analyser (Stanford CoreNLP, {@code tier() == "deep"} for English); loads
   * its pipeline on first use, which takes seconds. Thread-safe.
   */
  public static TextAnalyzer deep() {
    return DeepHolder.INSTANCE;
  }

  /**
   * The version 1 fast tier: VADER for English, lexicons and rules elsewhere ({@code tier() ==
   * "fast"}); the baseline of the evaluation table. Thread-safe.
   */
  public static TextAnalyzer vader() {
    return VaderHolder.INSTANCE;
  }
}
