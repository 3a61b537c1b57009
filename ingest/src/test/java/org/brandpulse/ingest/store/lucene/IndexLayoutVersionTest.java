package org.brandpulse.ingest.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.ingest.testing.Posts;
import org.brandpulse.ingest.text.PostTextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index written before author filters existed is upgraded when opened. */
class IndexLayoutVersionTest {

  @TempDir Path dir;

  private final PostJson json = new PostJson();

  private final List<AnalyzedPost> posts =
      List.of(
          Posts.post("social:1").author("Bazarly", 50_000).text("Eid sale 🎉").build(),
          Posts.post("social:2").author("রিনা", 812).text("বাজারলি ডেলিভারি দেরি").build(),
          Posts.post("social:3").author(null, 0).text("anonymous").build());

  /** Writes the posts as the first layout did: no author field, no layout in the commit data. */
  private void writeFirstLayout(Path index, Map<String, String> commitData) throws Exception {
    try (Directory d = FSDirectory.open(index);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new PostTextAnalyzer()))) {
      for (AnalyzedPost p : posts) {
        Document doc = PostDocuments.toDocument(p, json.write(p));
        doc.removeFields(PostDocuments.AUTHOR);
        doc.removeFields(PostDocuments.FETCHED_AT);
        w.addDocument(doc);
      }
      w.setLiveCommitData(commitData.entrySet());
      w.commit();
    }
  }

  @Test
  void anOlderIndexIsReindexedFromItsStoredPostsOnOpen() throws Exception {
    Path index = dir.resolve("index");
    writeFirstLayout(index, Map.of());
    try (LucenePostStore store = LucenePostStore.open(index)) {
      PostFilter notOwn = PostFilter.ALL.excludeAuthors(Set.of("@bazarly"));
      assertThat(store.count(PostFilter.ALL)).isEqualTo(3);
      assertThat(store.count(notOwn)).isEqualTo(2);
      assertThat(store.count(PostFilter.ALL.authors(Set.of("রিনা")))).isEqualTo(1);
      assertThat(store.get("social:2")).contains(posts.get(1));
      assertThat(store.count(PostFilter.ALL.fetchedSince(posts.get(0).post().fetchedAt())))
          .isPositive();
    }
    try (Directory d = FSDirectory.open(index)) {
      assertThat(SegmentInfos.readLatestCommit(d).getUserData())
          .containsEntry(IndexLayoutVersion.KEY, Integer.toString(IndexLayoutVersion.CURRENT));
      try (DirectoryReader r = DirectoryReader.open(d)) {
        assertThat(r.numDocs()).isEqualTo(3);
      }
    }
  }

  @Test
  void aNewIndexStartsAtTheCurrentLayoutAndKeepsItAcrossWrites() throws Exception {
    Path index = dir.resolve("index");
    try (LucenePostStore store = LucenePostStore.open(index)) {
      store.upsert(posts);
    }
    try (Directory d = FSDirectory.open(index)) {
      assertThat(SegmentInfos.readLatestCommit(d).getUserData())
          .containsEntry(IndexLayoutVersion.KEY, Integer.toString(IndexLayoutVersion.CURRENT));
    }
  }

  @Test
  void anIndexOfANewerLayoutIsRefused() throws Exception {
    Path index = dir.resolve("index");
    writeFirstLayout(index, Map.of(IndexLayoutVersion.KEY, "99"));
    assertThatThrownBy(() -> LucenePostStore.open(index))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("layout 99, written by a newer Brandpulse");
    try (LucenePostStore store = LucenePostStore.open(dir.resolve("other"))) {
      assertThat(store.count(PostFilter.ALL)).isZero();
    }
  }
}
