package org.brandpulse.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FastTextAnalyzerTest {
  private final TextAnalyzer fast = TextAnalyzers.fast();

  @Test
  void isASingletonOfTheFastTier() {
    assertThat(TextAnalyzers.fast()).isSameAs(fast);
    assertThat(fast.tier()).isEqualTo("fast");
    assertThat(fast.analyze("Great phone!").tier()).isEqualTo("fast");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {"   \n\t ", "\u0000\u0000\u0000\u0000", "\uD800\uDC00\uDFFF\uD800", "\uFFFF"})
  void emptyOrBinaryInputGetsTheEmptyResult(String text) {
    assertThat(fast.analyze(text)).isEqualTo(TextAnalysis.empty("fast"));
  }

  @Test
  void nullContextIsTreatedAsNone() {
    assertThat(fast.analyze("I love it", null).sentiment().label())
        .isEqualTo(SentimentLabel.POSITIVE);
  }

  @Test
  void unknownScriptTextIsNeutralAndUndetermined() {
    TextAnalysis a = fast.analyze("\uE000\uE001\uE002 ⠁⠃⠉ 𓀀𓀁");
    assertThat(a.language()).isEqualTo("und");
    assertThat(a.sentiment()).isEqualTo(Sentiment.NEUTRAL);
    assertThat(a.complaint()).isEqualTo(Complaint.NONE);
  }

  @Test
  void oneMegabyteIsClippedAndAnalysed() {
    String huge = "terrible broken scam 😡 আমার অর্ডার ".repeat(30_000);
    TextAnalysis a = fast.analyze(huge);
    assertThat(huge.length()).isGreaterThan(1_000_000);
    assertThat(a.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
    assertThat(a.keywords()).isNotEmpty().hasSizeLessThanOrEqualTo(8);
    // the same analysis as of the clipped text: the rest was never read
    String clipped =
        org.brandpulse.nlp.text.TextSanitizer.sanitize(
                huge, org.brandpulse.nlp.text.TextSanitizer.DEFAULT_MAX_CHARS)
            .orElseThrow();
    assertThat(clipped.length()).isLessThan(huge.length());
    assertThat(fast.analyze(clipped)).isEqualTo(a);
  }

  @Test
  void mixedBinaryBelowTheThresholdStillAnalyses() {
    TextAnalysis a = fast.analyze("This phone is great\u0000 and I love the camera!");
    assertThat(a.sentiment().label()).isEqualTo(SentimentLabel.POSITIVE);
    assertThat(a.language()).isEqualTo("en");
  }

  @Test
  void seededRandomInputNeverThrows() {
    long seed = System.nanoTime();
    System.out.println("FastTextAnalyzerTest.seededRandomInputNeverThrows seed=" + seed);
    Random random = new Random(seed);
    int[] pool = {
      'a', 'Z', ' ', '!', '?', '#', '@', ':', ')', '\'', 0x200D, 0xFE0F, 0x20E3, 0x0995, 0x09BC,
      0x09CD, 0x0627, 0x4E2D, 0x1F600, 0x1F3FD, 0x1F1E7, 0xD800, 0xDC00, 0, 0x85, 0xFFFD
    };
    AnalysisContext ctx =
        new AnalysisContext("xx-YY", Set.of("#", "@", ""), Set.of("@"), false, true);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(60);
      for (int k = 0; k < length; k++) {
        int cp = pool[random.nextInt(pool.length)];
        if (cp >= 0xD800 && cp <= 0xDFFF) {
          sb.append((char) cp);
        } else {
          sb.appendCodePoint(cp);
        }
      }
      TextAnalysis a = fast.analyze(sb.toString(), ctx);
      assertThat(a.tier()).isEqualTo("fast");
      assertThat(a.keywords()).hasSizeLessThanOrEqualTo(8);
    }
  }

  @Test
  void concurrentUseGivesTheSameResults() throws Exception {
    List<String> texts =
        List.of("Worst service ever!!", "আমার অর্ডার পাইনি", "Me encanta 😍", "注文が届かない", "ok");
    List<TextAnalysis> expected = texts.stream().map(fast::analyze).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  for (int r = 0; r < 200; r++) {
                    for (int i = 0; i < texts.size(); i++) {
                      if (!fast.analyze(texts.get(i)).equals(expected.get(i))) {
                        return false;
                      }
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
