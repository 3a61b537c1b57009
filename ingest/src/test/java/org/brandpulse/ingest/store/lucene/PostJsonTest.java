package org.brandpulse.ingest.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.testing.Posts;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.SentimentLabel;
import org.junit.jupiter.api.Test;

class PostJsonTest {

  private final PostJson json = new PostJson();

  /** A document as schema version 1 wrote it; optional fields left out, as an old writer might. */
  private static final String V1 =
      """
      {"schemaVersion":1,
       "post":{"id":"reddit:abc","source":"reddit","url":null,
               "author":{"handle":"রিনা","name":null,"followers":12},
               "text":"বাজারলি কোথায়? 📦","language":"bn","createdAt":"2026-03-01T10:00:00Z",
               "engagement":{"likes":1,"shares":0,"replies":2},"fetchedAt":"2026-03-01T11:00:00Z"},
       "brands":["bazarly"],
       "analysis":{"language":"bn","sentiment":{"label":"NEGATIVE","score":-0.5},
                   "complaint":{"probability":0.8,"category":"LATE_MISSING_DELIVERY",
                                "severity":"MEDIUM","needsReply":true},
                   "keywords":["কোথায়"],"tier":"fast"}}
      """;

  @Test
  void readsAVersionOneDocument() {
    AnalyzedPost p = json.read(V1);
    assertThat(p.id()).isEqualTo("reddit:abc");
    assertThat(p.post().text()).isEqualTo("বাজারলি কোথায়? 📦");
    assertThat(p.post().author().handle()).isEqualTo("রিনা");
    assertThat(p.post().createdAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    assertThat(p.post().threadId()).isNull();
    assertThat(p.analysis().sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
    assertThat(p.analysis().complaint().category())
        .isEqualTo(ComplaintCategory.LATE_MISSING_DELIVERY);
    assertThat(p.analysis().hashtags()).isEmpty();
    assertThat(p.duplicateIds()).isEmpty();
    assertThat(p.reach()).isEqualTo(15);
  }

  @Test
  void writesAndReadsBackEveryField() {
    AnalyzedPost p =
        Posts.post("mastodon@mastodon.social:42")
            .text("مرحبا 你好 👩🏽‍💻 \"quoted\" \\ back")
            .language("ar")
            .engagement(1, 2, 3)
            .complaint(ComplaintCategory.FRAUD_SCAM, true)
            .keywords("你好")
            .hashtags("bazarly")
            .brands("bazarly", "ShopCo")
            .duplicates("mastodon@mastodon.social:43")
            .replyTo("mastodon@mastodon.social:40")
            .build();
    String text = json.write(p);
    assertThat(text).startsWith("{\"schemaVersion\":1,");
    assertThat(json.read(text)).isEqualTo(p);
  }

  @Test
  void refusesANewerSchemaVersionNamingThePost() {
    assertThatThrownBy(() -> json.read(V1.replace("\"schemaVersion\":1", "\"schemaVersion\":7")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reddit:abc")
        .hasMessageContaining("schemaVersion 7");
  }

  @Test
  void refusesAnUnknownEnumValueNamingThePost() {
    assertThatThrownBy(() -> json.read(V1.replace("\"NEGATIVE\"", "\"FURIOUS\"")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reddit:abc")
        .hasMessageContaining("FURIOUS");
  }
}
