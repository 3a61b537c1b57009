package org.brandpulse.seoaudit.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckCatalogueTest {

  @ParameterizedTest
  @CsvSource({
    "slow-response, > 800 ms, medium",
    "redirect-chain, > 1 hop, medium",
    "title-too-long, > 60 chars, low",
    "title-too-short, < 30 chars, low",
    "description-too-long, > 155 chars, low",
    "description-too-short, < 70 chars, low",
    "thin-content, < 200 words, medium",
    "near-duplicate-content, >= 90 %, medium",
    "dom-too-large, '> 1,500 elements', low",
    "page-too-large, '> 2,097,152 bytes', medium",
    "too-many-links, > 100 links, low",
    "deep-page, > 4 clicks, low",
    "img-alt-too-long, > 100 chars, low",
    "img-too-large, '> 102,400 bytes', medium",
    "url-too-long, > 115 chars, low",
    "canonicalised, '', info",
    "url-parameters, '', info",
  })
  void defaultThresholdsAndSeverities(String id, String threshold, String severity) {
    Check c = Check.byId(id);
    assertThat(c.threshold(Thresholds.DEFAULTS)).isEqualTo(threshold);
    assertThat(c.severity().id()).isEqualTo(severity);
  }

  @Test
  void idsAreUniqueAndTheMarkdownTableHasOneRowEach() {
    String md = CheckCatalogue.defaults().toMarkdown();
    assertThat(md.lines().count()).isEqualTo(Check.values().length + 2);
    assertThat(md).contains("| `title-too-long` | on-page |").contains("> 60 chars");
    assertThat(Check.values()).extracting(Check::id).doesNotHaveDuplicates().hasSize(72);
  }

  @Test
  void overridesByCheckIdAndRejectsUnknownKeys() {
    Thresholds t = Thresholds.DEFAULTS.with(Map.of("title-too-long", 70, "thin-content", 150));
    assertThat(t.titleMaxChars()).isEqualTo(70);
    assertThat(t.thinContentWords()).isEqualTo(150);
    assertThat(new CheckCatalogue(t).toMarkdown()).contains("> 70 chars");
    assertThatThrownBy(() -> Thresholds.DEFAULTS.with(Map.of("title-long", 1)))
        .hasMessageContaining("unknown threshold 'title-long'");
  }

  @Test
  void languageCodes() {
    assertThat(LanguageTags.validHreflang("en-GB")).isTrue();
    assertThat(LanguageTags.validHreflang("bn-BD")).isTrue();
    assertThat(LanguageTags.validHreflang("zh-Hant-TW")).isTrue();
    assertThat(LanguageTags.validHreflang("x-default")).isTrue();
    assertThat(LanguageTags.validHreflang("en-UK")).isFalse();
    assertThat(LanguageTags.validHreflang("en_US")).isFalse();
    assertThat(LanguageTags.validHreflang("english")).isFalse();
    assertThat(LanguageTags.validLang("ar-EG")).isTrue();
    assertThat(LanguageTags.validLang("de-CH-1996")).isTrue();
    assertThat(LanguageTags.validLang("xx")).isFalse();
  }
}
