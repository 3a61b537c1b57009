package org.brandpulse.app.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchmarkPostsTest {

  @Test
  void postNumberIIsAlwaysTheSamePost() {
    assertThat(BenchmarkPosts.post(123_456)).isEqualTo(BenchmarkPosts.post(123_456));
    assertThat(BenchmarkPosts.post(7)).isNotEqualTo(BenchmarkPosts.post(8));
    assertThat(BenchmarkPosts.post(7).id()).isEqualTo("mastodon@mastodon.social:7");
    assertThat(BenchmarkPosts.post(9).post().createdAt())
        .isEqualTo(BenchmarkPosts.T0.plusSeconds(9 * 37));
  }

  @Test
  void textMixesScriptsAndEveryFifthPostNamesTwoBrands() {
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      all.append(BenchmarkPosts.post(i).post().text()).append(' ');
    }
    assertThat(all).contains("বাজারলি").contains("شكرا").contains("👍🏽");
    assertThat(BenchmarkPosts.post(10).brands()).containsExactlyInAnyOrder("bazarly", "shopco");
    assertThat(BenchmarkPosts.post(11).brands()).containsExactly("bazarly");
  }
}
