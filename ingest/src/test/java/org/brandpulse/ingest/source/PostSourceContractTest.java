package org.brandpulse.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.testing.SourceRead;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The {@link PostSource} contract, run against every implementation (the pattern of Spring Batch's
 * {@code AbstractItemStreamItemReaderTests}). A subclass gives a fresh source over a known fixture,
 * the ids a full read must return and, optionally, a way to add data.
 *
 * <p>Fixtures should make a full read span several pages (a small page size), so the restart and
 * determinism checks exercise real mid-way cursors. Sources must stamp {@code fetchedAt} from
 * {@link #clock()}.
 */
public abstract class PostSourceContractTest {

  /** The clock sources under test must be built with; {@code fetchedAt} must equal its instant. */
  protected static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-09-02T12:00:00Z"), ZoneOffset.UTC);

  /**
   * A new source instance over the test's fixture; every call in one test sees the same data (plus
   * whatever {@link #addNewData()} added).
   */
  protected abstract PostSource newSource() throws Exception;

  /** The post ids a full read from a null cursor returns, in order. */
  protected abstract List<String> expectedIds();

  /** The {@link Post#source()} key the posts carry. */
  protected abstract String sourceKey();

  /**
   * Adds data to the fixture (appends lines, re-scripts the server) and returns the ids of the
   * posts that a read from the final cursor must now return, in order; null (the default) when the
   * fixture cannot grow, which skips that check.
   */
  protected List<String> addNewData() throws Exception {
    return null;
  }

  /** How many records a full read skips; fixtures with bad records override this. */
  protected int expectedSkippedCount() {
    return 0;
  }

  protected Clock clock() {
    return CLOCK;
  }

  /** Fetches from {@code cursor} until a page says {@code last}. */
  protected static SourceRead readToLast(PostSource source, String cursor) throws SourceException {
    return SourceRead.toLast(source, cursor);
  }

  private SourceRead fullRead() throws Exception {
    try (PostSource source = newSource()) {
      return readToLast(source, null);
    }
  }

  @Test
  void fullReadReturnsTheExpectedIdsInOrderWithoutDuplicates() throws Exception {
    List<String> ids = fullRead().ids();
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).containsExactlyElementsOf(expectedIds());
  }

  @Test
  void postsAreSane() throws Exception {
    for (Post post : fullRead().posts()) {
      assertThat(post.source()).as(post.id()).isEqualTo(sourceKey());
      assertThat(post.id()).startsWith(sourceKey() + ":");
      assertThat(post.createdAt()).as(post.id()).isNotNull();
      assertThat(post.fetchedAt()).as(post.id()).isEqualTo(clock().instant());
      assertThat(post.text()).as(post.id()).isNotNull();
    }
  }

  @Test
  void rereadingWithTheFinalCursorReturnsNothingNew() throws Exception {
    String cursor = fullRead().finalCursor();
    try (PostSource source = newSource()) {
      SourceRead again = readToLast(source, cursor);
      assertThat(again.ids()).isEmpty();
      assertThat(again.skipped()).isEmpty();
    }
  }

  @Test
  void afterNewDataOnlyTheNewPostsAreReturned() throws Exception {
    String cursor = fullRead().finalCursor();
    List<String> added = addNewData();
    Assumptions.assumeTrue(added != null, "this fixture cannot add data");
    try (PostSource source = newSource()) {
      SourceRead next = readToLast(source, cursor);
      assertThat(next.ids()).containsExactlyElementsOf(added);
      assertThat(readToLast(source, next.finalCursor()).ids()).isEmpty();
    }
  }

  @Test
  void theSameCursorYieldsTheSamePage() throws Exception {
    List<String> cursors = new ArrayList<>();
    cursors.add(null);
    cursors.addAll(fullRead().cursors());
    try (PostSource one = newSource();
        PostSource other = newSource()) {
      for (String cursor : cursors) {
        SourcePage first = one.fetch(cursor);
        assertThat(one.fetch(cursor)).as("cursor %s", cursor).isEqualTo(first);
        assertThat(other.fetch(cursor)).as("cursor %s, other instance", cursor).isEqualTo(first);
      }
    }
  }

  @Test
  void aFreshSourceContinuesExactlyFromEveryMidwayCursor() throws Exception {
    SourceRead full = fullRead();
    List<String> expected = full.ids();
    String cursor = null;
    int consumed = 0;
    try (PostSource source = newSource()) {
      for (String midway : full.cursors()) {
        consumed += source.fetch(cursor).posts().size();
        cursor = midway;
        try (PostSource restarted = newSource()) {
          assertThat(readToLast(restarted, midway).ids())
              .as("restart from %s", midway)
              .containsExactlyElementsOf(expected.subList(consumed, expected.size()));
        }
      }
    }
  }

  @Test
  void skippedRecordsCarrySourceLocationAndReason() throws Exception {
    String name;
    try (PostSource source = newSource()) {
      name = source.name();
    }
    List<SkippedRecord> skipped = fullRead().skipped();
    assertThat(skipped).hasSize(expectedSkippedCount());
    for (SkippedRecord record : skipped) {
      assertThat(record.source()).isEqualTo(name);
      assertThat(record.location()).isNotBlank();
      assertThat(record.reason()).isNotBlank();
    }
  }
}
