package org.brandpulse.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.PostSource;
import org.brandpulse.ingest.source.SourceException;
import org.brandpulse.ingest.source.SourcePage;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The reader's bookkeeping across a restart: cursors handed to the sink, counts not doubled. */
class PostSourceReaderTest {

  private static final Instant WEEK_AGO = Instant.parse("2026-11-13T10:00:00Z");

  /** Three pages: two posts; two posts and 3 older items; no post and 4 older items. */
  private static class Pages implements PostSource {
    @Override
    public String name() {
      return "api";
    }

    @Override
    public SourcePage fetch(String cursor) throws SourceException {
      return switch (cursor == null ? "start" : cursor) {
        case "start" -> new SourcePage(posts("a1", "a2"), List.of(), "p2", false, 0, WEEK_AGO);
        case "p2" -> new SourcePage(posts("b1", "b2"), List.of(), "p3", false, 3, WEEK_AGO);
        case "p3" -> new SourcePage(List.of(), List.of(), "end", true, 4, WEEK_AGO);
        default -> throw new IllegalArgumentException(cursor);
      };
    }

    private static List<Post> posts(String... ids) {
      List<Post> out = new ArrayList<>();
      for (String id : ids) {
        out.add(
            new Post(
                "api:" + id, "api", null, null, id, null, WEEK_AGO, null, null, null, WEEK_AGO));
      }
      return out;
    }
  }

  @Test
  void aRestartFetchesTheCurrentPageAgainWithoutCountingItsOlderItemsTwice() {
    List<String> sunk = new ArrayList<>();
    ExecutionContext context = new ExecutionContext();
    PostSourceReader first = new PostSourceReader(new Pages(), null, s -> {}, sunk::add);
    first.open(context);
    assertThat(List.of(first.read().id(), first.read().id(), first.read().id()))
        .containsExactly("api:a1", "api:a2", "api:b1");
    first.update(context); // the chunk commits, then the process dies

    ExecutionContext restored = new ExecutionContext(Map.copyOf(context.toMap()));
    PostSourceReader again = new PostSourceReader(new Pages(), null, s -> {}, sunk::add);
    again.open(restored);
    assertThat(again.read().id()).isEqualTo("api:b2");
    assertThat(again.read()).isNull();
    again.update(restored);

    assertThat(sunk).containsExactly("p2", "end");
    assertThat(restored.getLong(PostSourceReader.OUTSIDE_WINDOW)).isEqualTo(7);
    assertThat(restored.getString(PostSourceReader.WINDOW_START)).isEqualTo(WEEK_AGO.toString());
    assertThat(restored.getString(PostSourceReader.NEXT_CURSOR)).isEqualTo("end");
  }

  /** {@link Pages} as a local source: its next page is read ahead; a page can fail. */
  private static final class LocalPages extends Pages {
    final List<String> fetched = new ArrayList<>();
    final String failing;

    LocalPages(String failing) {
      this.failing = failing;
    }

    @Override
    public boolean readsAhead() {
      return true;
    }

    @Override
    public SourcePage fetch(String cursor) throws SourceException {
      synchronized (fetched) {
        fetched.add(String.valueOf(cursor));
      }
      if (cursor != null && cursor.equals(failing)) {
        throw new SourceException("page " + cursor + " is unreadable", false);
      }
      return super.fetch(cursor);
    }
  }

  /** Reads everything, updating the context after every post as a chunk of one would. */
  private static List<String> readAll(PostSource source, List<String> sunk, List<String> skips) {
    ExecutionContext context = new ExecutionContext();
    PostSourceReader reader =
        new PostSourceReader(source, null, s -> skips.add(s.reason()), sunk::add);
    reader.open(context);
    List<String> seen = new ArrayList<>();
    for (Post p = reader.read(); p != null; p = reader.read()) {
      reader.update(context);
      seen.add(p.id() + "@" + context.get(PostSourceReader.NEXT_CURSOR));
    }
    reader.update(context);
    reader.close();
    seen.add("outside " + context.getLong(PostSourceReader.OUTSIDE_WINDOW));
    return seen;
  }

  @Test
  void readingAheadChangesNeitherThePostsNorThePlaceKept() {
    List<String> sunk = new ArrayList<>();
    List<String> aheadSunk = new ArrayList<>();
    List<String> skips = new ArrayList<>();
    LocalPages local = new LocalPages(null);
    assertThat(readAll(local, aheadSunk, skips)).isEqualTo(readAll(new Pages(), sunk, skips));
    assertThat(aheadSunk).isEqualTo(sunk);
    assertThat(local.fetched).containsExactly("null", "p2", "p3");
    assertThat(skips).isEmpty();
  }

  @Test
  void aPageThatFailsWhileReadAheadFailsWhenTheReaderGetsToIt() {
    List<String> sunk = new ArrayList<>();
    List<String> skips = new ArrayList<>();
    List<String> seen = readAll(new LocalPages("p2"), sunk, skips);
    assertThat(seen).containsExactly("api:a1@null", "api:a2@null", "outside 0");
    assertThat(skips).singleElement().asString().contains("page p2 is unreadable");
  }
}
