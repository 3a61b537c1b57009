package org.brandpulse.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.dedup.Deduplicator;
import org.brandpulse.ingest.match.BrandMatcher;
import org.brandpulse.ingest.match.BrandQuery;
import org.brandpulse.ingest.store.lucene.LucenePostStore;
import org.brandpulse.ingest.testing.Posts;
import org.brandpulse.nlp.TextAnalyzers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostPipelineTest {

  private static final String LAUNCH =
      "New on Bazarly: handloom jamdani from Narayanganj weavers, straight from the loom 🧵";

  private static final OwnHandles BAZARLY =
      new OwnHandles() {
        @Override
        public Set<String> brandsSpeakingAs(String handle) {
          return "bazarly".equalsIgnoreCase(handle) ? Set.of("Bazarly") : Set.of();
        }

        @Override
        public Set<String> handlesOf(Set<String> brands) {
          return brands.contains("Bazarly") ? Set.of("bazarly") : Set.of();
        }
      };

  @TempDir Path dir;
  private LucenePostStore store;
  private BrandMatcher matcher;
  private PostPipeline pipeline;

  @BeforeEach
  void open() throws Exception {
    store = LucenePostStore.open(dir);
    matcher = new BrandMatcher(List.of(new BrandQuery("Bazarly", "bazarly OR বাজারলি")));
    pipeline = new PostPipeline(matcher, BAZARLY, new Deduplicator(store), TextAnalyzers.fast());
  }

  @AfterEach
  void close() throws Exception {
    matcher.close();
    store.close();
  }

  private static Post post(String id, String handle, String text, int minute) {
    return Posts.post(id)
        .author(handle, 10)
        .text(text)
        .at(Posts.T0.plusSeconds(60L * minute))
        .post();
  }

  @Test
  void eachPostGetsItsOutcomeInOrder() throws Exception {
    List<Outcome> out =
        pipeline.process(
            List.of(
                post("social:1", "rina", "@bazarly my parcel is three weeks late", 0),
                post("social:2", "rina", "nothing to do with any shop", 1),
                post(
                    "social:3",
                    "bazarly_fan",
                    "RT @rina: @bazarly my parcel is three weeks late",
                    2),
                post("social:4", "bazarly", "@115712 I understand, sending it again", 3)));
    assertThat(out.get(0)).isInstanceOf(Outcome.Keep.class);
    assertThat(out.get(1)).isEqualTo(new Outcome.NoBrand("social:2"));
    assertThat(out.get(2)).isEqualTo(new Outcome.Copy("social:3", "social:1"));
    assertThat(((Outcome.Keep) out.get(3)).post().brands())
        .as("the brand's own reply is kept though it names no brand")
        .containsExactly("Bazarly");
  }

  /**
   * A share of the brand's own post in the same chunk is a copy of it, as it is once the post is
   * stored: a run killed between chunks and resumed found it, a clean run lost it (KillNineIT).
   */
  @Test
  void aShareOfTheBrandsOwnPostInTheSameChunkIsACopyOfIt() throws Exception {
    List<Outcome> out =
        pipeline.process(
            List.of(
                post("social:10", "bazarly", LAUNCH, 0),
                post("social:11", "rina", "RT @bazarly: " + LAUNCH, 5)));
    assertThat(out.get(1)).isEqualTo(new Outcome.Copy("social:11", "social:10"));
    List<AnalyzedPost> stored = PostPipeline.toStore(out, store);
    assertThat(stored)
        .singleElement()
        .satisfies(p -> assertThat(p.duplicateIds()).containsExactly("social:11"));
  }
}
