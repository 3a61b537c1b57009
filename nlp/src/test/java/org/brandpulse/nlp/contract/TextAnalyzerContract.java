package org.brandpulse.nlp.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.brandpulse.nlp.AnalysisContext;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.nlp.Severity;
import org.brandpulse.nlp.TextAnalysis;
import org.brandpulse.nlp.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TextAnalyzer} promises, run against each implementation: thread-safe, never
 * throws on bad text (empty, huge, binary, unknown script gets a neutral result), deterministic,
 * and every field of its result inside its range. A new analyser passes this suite before it is
 * used.
 */
public abstract class TextAnalyzerContract {

  /** The analyser under test; may be a shared instance. */
  protected abstract TextAnalyzer analyzer();

  /** The tier it reports. */
  protected abstract String expectedTier();

  /** Texts every analyser must take: real posts in the product's languages and hostile input. */
  static final List<String> TEXTS =
      List.of(
          "@bazarly my parcel is three weeks late and nobody answers. I want a refund!",
          "Love the new jamdani collection from Bazarly 😍 #handloom",
          "বাজারলি থেকে অর্ডার করলাম, এখনো ডেলিভারি পাইনি। টাকা ফেরত চাই 😡",
          "bazarly theke order korlam, ekhono delivery pai nai",
          "طلبت من Bazarly هدية ولم تصل",
          "日本語のテキスト",
          "?!",
          "😡😡😡",
          "https://example.com/a?b=c",
          "\u0000\u0001\u0002 binary \uFFFF \uD800",
          "a".repeat(200_000),
          "word ".repeat(20_000));

  private static void inRange(TextAnalysis a) {
    assertThat(a.language()).isNotBlank();
    assertThat(a.sentiment().score()).isBetween(-1.0, 1.0);
    assertThat(a.complaint().probability()).isBetween(0.0, 1.0);
    if (!a.complaint().isComplaint()) {
      assertThat(a.complaint().category()).isEqualTo(ComplaintCategory.NONE);
    } else {
      assertThat(a.complaint().category()).isNotEqualTo(ComplaintCategory.NONE);
      assertThat(a.complaint().severity()).isNotEqualTo(Severity.NONE);
    }
    assertThat(a.keywords()).doesNotContainNull();
    assertThat(a.hashtags()).doesNotContainNull();
    assertThat(a.mentions()).doesNotContainNull();
    assertThat(a.emoji()).doesNotContainNull();
    assertThat(a.entities()).doesNotContainNull();
    // a tier may hand what it cannot analyse (the deep tier: other languages) to the fast one
    assertThat(a.tier()).isIn("fast", "deep");
  }

  @Test
  void everyTextGetsAResultWithEveryFieldInRange() {
    for (String text : TEXTS) {
      inRange(analyzer().analyze(text));
    }
  }

  @Test
  void anEnglishPostIsAnalysedByTheAnalysersOwnTier() {
    assertThat(analyzer().tier()).isEqualTo(expectedTier());
    assertThat(analyzer().analyze(TEXTS.get(0)).tier()).isEqualTo(expectedTier());
  }

  @Test
  void emptyAndBlankTextIsNeutralAndNoComplaint() {
    for (String text : List.of("", "   ", "\n\t")) {
      TextAnalysis a = analyzer().analyze(text);
      assertThat(a.sentiment().label()).isEqualTo(SentimentLabel.NEUTRAL);
      assertThat(a.complaint().isComplaint()).isFalse();
      assertThat(a.complaint().needsReply()).isFalse();
      assertThat(a.keywords()).isEmpty();
    }
  }

  @Test
  void theSameTextGivesTheSameResult() {
    for (String text : TEXTS.subList(0, 5)) {
      assertThat(analyzer().analyze(text)).isEqualTo(analyzer().analyze(text));
    }
  }

  @Test
  void aPostByTheBrandItselfNeverNeedsAReply() {
    AnalysisContext own =
        new AnalysisContext("en", Set.of("Bazarly"), Set.of("bazarly"), true, false);
    for (String text : TEXTS.subList(0, 5)) {
      assertThat(analyzer().analyze(text, own).complaint().needsReply()).isFalse();
    }
  }

  @Test
  void concurrentCallsGiveWhatOneThreadGives() throws Exception {
    List<String> texts = TEXTS.subList(0, 9);
    List<TextAnalysis> sequential = texts.stream().map(analyzer()::analyze).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<TextAnalysis>>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(pool.submit(() -> texts.stream().map(analyzer()::analyze).toList()));
      }
      for (Future<List<TextAnalysis>> run : runs) {
        assertThat(run.get()).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
