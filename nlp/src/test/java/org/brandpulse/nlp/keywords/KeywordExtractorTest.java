package org.brandpulse.nlp.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.brandpulse.nlp.AnalysisContext;
import org.brandpulse.nlp.Entity;
import org.brandpulse.nlp.EntityType;
import org.brandpulse.nlp.TextAnalysis;
import org.brandpulse.nlp.TextAnalyzers;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

  private static TextAnalysis analyze(String text, AnalysisContext ctx) {
    return TextAnalyzers.fast().analyze(text, ctx);
  }

  @Test
  void dropsStopWordsUrlsNumbersAndMentions() {
    TextAnalysis a =
        analyze(
            "@acme The battery of my phone is dead after 2 days https://t.co/xyz #fail",
            AnalysisContext.NONE);
    assertThat(a.keywords()).containsExactly("battery", "phone", "dead", "days");
    assertThat(a.hashtags()).containsExactly("fail");
    assertThat(a.mentions()).containsExactly("acme");
  }

  @Test
  void repeatedWordsAndPhrasesRankFirstAndAtMostEight() {
    TextAnalysis a =
        analyze(
            "Customer service never answers. Customer service is slow. Refund please, refund now."
                + " Apples bananas cherries dates elderberries figs grapes",
            AnalysisContext.NONE);
    assertThat(a.keywords()).hasSize(8);
    assertThat(a.keywords().subList(0, 4))
        .containsExactly("customer service", "customer", "service", "refund");
  }

  @Test
  void bengaliStopWordsAreDropped() {
    TextAnalysis a = analyze("আমার অর্ডার এখনও আসেনি এবং ডেলিভারি খুব দেরি", AnalysisContext.NONE);
    assertThat(a.keywords()).contains("অর্ডার", "ডেলিভারি", "দেরি").doesNotContain("এবং", "আমার");
  }

  @Test
  void hindiFunctionWordsAreDroppedInHindiText() {
    TextAnalysis a =
        analyze(
            "बाज़ारली की साड़ियों की रेंज देखी, दाम भी ठीक हैं पर डिलीवरी धीमी",
            AnalysisContext.NONE);
    assertThat(a.language()).isEqualTo("hi");
    assertThat(a.keywords())
        .contains("रेंज", "दाम", "डिलीवरी")
        .doesNotContain("की", "भी", "हैं", "पर");
  }

  @Test
  void anotherLanguagesFunctionWordsStayInEnglishText() {
    TextAnalysis a =
        analyze("The front door was broken when the parcel came", AnalysisContext.NONE);
    assertThat(a.keywords()).contains("door", "broken", "parcel");
  }

  @Test
  void emojiAreWholeClustersWithSurrogatePairsAndZwj() {
    TextAnalysis a =
        analyze("Family day 👨‍👩‍👧‍👦 👍🏾 👍🏾 🇧🇩 ❤️ party", AnalysisContext.NONE);
    assertThat(a.emoji()).containsExactly("👨‍👩‍👧‍👦", "👍🏾", "🇧🇩", "❤️");
    assertThat(a.keywords()).containsExactly("family", "day", "party");
  }

  @Test
  void brandNamesAndHandlesBecomeBrandEntities() {
    AnalysisContext ctx =
        new AnalysisContext(null, Set.of("Acme Mobile"), Set.of("@AcmeCare"), false, false);
    TextAnalysis a = analyze("Is ACME mobile down? @acmecare please check #AcmeMobile", ctx);
    assertThat(a.entities())
        .containsExactly(
            new Entity("ACME mobile", EntityType.BRAND), new Entity("@acmecare", EntityType.BRAND));
    assertThat(analyze("আমি Acme Mobile ব্যবহার করি", ctx).entities())
        .containsExactly(new Entity("Acme Mobile", EntityType.BRAND));
  }

  @Test
  void brandEntitiesFollowTheTextNotTheSetOfBrands() {
    // a set's iteration order differs from one JVM to the next: two runs of ingest stored the
    // same post with its brands in two orders
    AnalysisContext ctx =
        new AnalysisContext(
            null,
            Set.of("Alfa", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"),
            Set.of("@india"),
            false,
            false);
    TextAnalysis a =
        analyze("Hotel, Golf and @india beat Foxtrot; Echo Delta Charlie Bravo Alfa #Golf", ctx);
    assertThat(a.entities())
        .extracting(Entity::text)
        .containsExactly(
            "Hotel", "Golf", "@india", "Foxtrot", "Echo", "Delta", "Charlie", "Bravo", "Alfa");
  }
}
