package org.brandpulse.nlp.deep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.brandpulse.nlp.AnalysisContext;
import org.brandpulse.nlp.Entity;
import org.brandpulse.nlp.EntityType;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.nlp.TextAnalysis;
import org.brandpulse.nlp.TextAnalyzer;
import org.brandpulse.nlp.TextAnalyzers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The deep tier over the real CoreNLP models (loading them takes 15-20 s, once per JVM). */
class CoreNlpAnalyzerIT {
  private static final TextAnalyzer DEEP = new CoreNlpAnalyzer();

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I love this phone, the camera is wonderful and the battery is great. | POSITIVE",
        "This is the worst service ever, the staff were rude and the food was awful. | NEGATIVE",
        "Absolutely terrible experience 😡 never ordering from them again | NEGATIVE"
      })
  void clearSentimentIsFound(String text, SentimentLabel label) {
    TextAnalysis a = DEEP.analyze(text);
    assertThat(a.tier()).isEqualTo("deep");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.sentiment().label()).isEqualTo(label);
  }

  @Test
  void namedEntitiesAreTyped() {
    TextAnalysis a = DEEP.analyze("Tim Cook visited Dhaka to meet the board of Microsoft.");
    assertThat(a.entities())
        .contains(
            new Entity("Tim Cook", EntityType.PERSON),
            new Entity("Dhaka", EntityType.LOCATION),
            new Entity("Microsoft", EntityType.ORGANIZATION));
  }

  @Test
  void brandsFromTheContextComeFirstAndAreNotRepeatedByNer() {
    AnalysisContext ctx =
        new AnalysisContext("en", Set.of("Grameenphone"), Set.of("@gp"), false, false);
    TextAnalysis a = DEEP.analyze("Tim Cook visited Dhaka to meet Grameenphone.", ctx);
    assertThat(a.entities().get(0)).isEqualTo(new Entity("Grameenphone", EntityType.BRAND));
    assertThat(a.entities()).extracting(Entity::text).containsOnlyOnce("Grameenphone");
    assertThat(a.entities()).contains(new Entity("Tim Cook", EntityType.PERSON));
  }

  @Test
  void keywordsAreLemmasAndSocialFeaturesAreKept() {
    TextAnalysis a =
        DEEP.analyze("The prices went up again and the deliveries are slow 😤🇧🇩 #fail @ShopNest");
    assertThat(a.keywords()).contains("price", "delivery", "slow").doesNotContain("the");
    assertThat(a.hashtags()).containsExactly("fail");
    assertThat(a.mentions()).containsExactly("shopnest");
    assertThat(a.emoji()).containsExactly("😤", "🇧🇩");
  }

  @Test
  void complaintIsTheFastTiers() {
    String text = "@ShopNest I was charged twice for my order and still no refund!!";
    TextAnalysis a = DEEP.analyze(text);
    assertThat(a.tier()).isEqualTo("deep");
    assertThat(a.complaint()).isEqualTo(TextAnalyzers.fast().analyze(text).complaint());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "আমি এই ফোনটা খুব ভালোবাসি, ডেলিভারি দারুণ ছিল! 😍",
        "الخدمة سيئة جدا ولم يصل طلبي",
        "这个手机非常好用，我很喜欢"
      })
  void otherLanguagesAreDelegatedToTheFastTier(String text) {
    assertThat(DEEP.analyze(text)).isEqualTo(TextAnalyzers.fast().analyze(text));
  }

  @Test
  void emptyBinaryAndHugeTextAreNeutralAndNeverThrow() {
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    String binary = new String(noise, StandardCharsets.ISO_8859_1);
    for (String text : new String[] {null, "", "   \n\t", binary, "\u0000\u0001\u0002"}) {
      assertThat(DEEP.analyze(text)).isEqualTo(TextAnalysis.empty("deep"));
    }
    // 150,000 chars clipped to 2,000: one run-on sentence too long to parse, so no sentiment.
    TextAnalysis huge = DEEP.analyze("and then we waited for the bus in the rain ".repeat(3_500));
    assertThat(huge.tier()).isEqualTo("deep");
    assertThat(huge.sentiment().label()).isEqualTo(SentimentLabel.NEUTRAL);
    assertThat(DEEP.analyze(null, null)).isEqualTo(TextAnalysis.empty("deep"));
  }

  @Test
  void sharedPipelineGivesTheSameAnswersFromManyThreads() throws Exception {
    List<String> texts =
        List.of("Great job Bazarly, fast delivery!", "My parcel is lost and nobody answers.");
    List<TextAnalysis> expected = texts.stream().map(DEEP::analyze).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<TextAnalysis>> futures =
          List.of(
              pool.submit(() -> DEEP.analyze(texts.get(0))),
              pool.submit(() -> DEEP.analyze(texts.get(1))),
              pool.submit(() -> DEEP.analyze(texts.get(0))),
              pool.submit(() -> DEEP.analyze(texts.get(1))));
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % 2));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
