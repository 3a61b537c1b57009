package org.brandpulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostTest {

  @Test
  void spreadsheetFloatIdsAreTheSameIdAsTheirWholeNumber() {
    // twcs-sample.csv writes in_response_to_tweet_id as 3.0 where tweet_id is 3
    assertThat(Post.id("file:twcs", "3395.0")).isEqualTo("file:twcs:3395");
    assertThat(Post.id("file:twcs", " 3395.00 ")).isEqualTo("file:twcs:3395");
    assertThat(Post.id("file:twcs", "3395")).isEqualTo("file:twcs:3395");
  }

  @Test
  void otherIdsStayAsTheyAre() {
    assertThat(Post.id("s", "3395.5")).isEqualTo("s:3395.5");
    assertThat(Post.id("s", "v1.0")).isEqualTo("s:v1.0");
    assertThat(Post.id("s", ".0")).isEqualTo("s:.0");
    assertThat(Post.id("s", "12.")).isEqualTo("s:12.");
    assertThat(Post.id("bluesky", "at://did:plc:x/app.bsky.feed.post/3k.0"))
        .isEqualTo("bluesky:at://did:plc:x/app.bsky.feed.post/3k.0");
    assertThatThrownBy(() -> Post.id("s", " ")).hasMessageContaining("native id");
  }
}
