package org.brandpulse.nlp.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StopWordsTest {

  @ParameterizedTest
  @CsvSource({
    "hi, की",
    "hi, पर",
    "hi, है",
    "hi, और",
    "bn, এবং",
    "bn, থেকে",
    "ar, في",
    "fa, از",
    "ru, и",
    "de, nicht",
    "fr, avec",
    "tr, için",
    "th, และ",
    "en, the",
    "HI, की",
  })
  void lucenesListOfTheLanguageIsUsed(String language, String word) {
    assertThat(StopWords.forLanguage(language).contains(word)).isTrue();
  }

  @Test
  void aLanguagesListIsNotAppliedToOtherText() {
    assertThat(StopWords.get().contains("की")).isFalse();
    assertThat(StopWords.forLanguage("en").contains("की")).isFalse();
    // Dutch "door" is an English content word
    assertThat(StopWords.forLanguage("en").contains("door")).isFalse();
    assertThat(StopWords.forLanguage("nl").contains("door")).isTrue();
    assertThat(StopWords.forLanguage(null)).isSameAs(StopWords.get());
  }

  @Test
  void theBundledListsApplyToEveryLanguage() {
    for (String language : List.of("hi", "ja", "und", "en")) {
      assertThat(StopWords.forLanguage(language).contains("the")).isTrue();
      assertThat(StopWords.forLanguage(language).contains("আমার")).isTrue();
    }
  }

  @Test
  void severalLanguagesCombine() {
    StopWords mixed = StopWords.forLanguages(Set.of("hi", "bn", "en", "und"));
    assertThat(mixed.contains("की")).isTrue();
    assertThat(mixed.contains("থেকে")).isTrue();
    assertThat(mixed.contains("ইলিশ")).isFalse();
    assertThat(StopWords.forLanguages(List.of("bn", "hi", "ja")))
        .isSameAs(StopWords.forLanguages(List.of("hi", "bn")));
  }

  @Test
  void aPhraseWithAStopWordIsAStopTerm() {
    StopWords hindi = StopWords.forLanguage("hi");
    assertThat(hindi.containsAnyWordOf("की रेंज")).isTrue();
    assertThat(hindi.containsAnyWordOf("रेंज")).isFalse();
    assertThat(hindi.containsAnyWordOf("late delivery")).isFalse();
    assertThat(hindi.containsAnyWordOf("delivery of")).isTrue();
  }
}
