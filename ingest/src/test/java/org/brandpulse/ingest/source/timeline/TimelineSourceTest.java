package org.brandpulse.ingest.source.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.SourcePage;
import org.junit.jupiter.api.Test;

/** The engine's run rules against an in-memory newest-first API of numbered items. */
class TimelineSourceTest {

  private static final Instant NOW = Instant.parse("2026-09-02T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /** Items n..1, newest first, {@code pageSize} per page; item i was written i minutes ago. */
  private static final class Api extends TimelineSource {
    final List<Integer> items = new ArrayList<>();
    final int pageSize;

    Api(int count, int pageSize, int maxPages) {
      super("fake", maxPages, Duration.ofDays(1), CLOCK);
      for (int i = count; i >= 1; i--) {
        items.add(i);
      }
      this.pageSize = pageSize;
    }

    @Override
    protected TimelineBatch read(TimelineRequest request, Instant fetchedAt) {
      int from = request.token() == null ? 0 : Integer.parseInt(request.token());
      List<TimelineItem> page = new ArrayList<>();
      for (int i = from; i < Math.min(items.size(), from + pageSize); i++) {
        int n = items.get(i);
        Post post =
            new Post(
                "fake:" + n,
                "fake",
                null,
                null,
                "item " + n,
                null,
                NOW.minusSeconds(60L * (100 - n)),
                null,
                null,
                null,
                fetchedAt);
        page.add(new TimelineItem(post, "%06d".formatted(n)));
      }
      boolean more = from + pageSize < items.size();
      return new TimelineBatch(page, List.of(), more ? Integer.toString(from + pageSize) : null);
    }
  }

  private static List<String> run(Api api, String cursor, List<SourcePage> pages) throws Exception {
    List<String> ids = new ArrayList<>();
    SourcePage page;
    do {
      page = api.fetch(cursor);
      pages.add(page);
      page.posts().forEach(p -> ids.add(p.nativeId()));
      cursor = page.nextCursor();
    } while (!page.last());
    return ids;
  }

  @Test
  void aRunStopsAtTheHighWaterMarkAndRaisesIt() throws Exception {
    Api api = new Api(5, 2, 10);
    List<SourcePage> pages = new ArrayList<>();
    assertThat(run(api, null, pages)).containsExactly("5", "4", "3", "2", "1");
    String mark = pages.get(pages.size() - 1).nextCursor();
    assertThat(mark).isEqualTo("{\"mark\":\"000005\"}");

    api.items.add(0, 6);
    api.items.add(0, 7);
    assertThat(run(api, mark, new ArrayList<>())).containsExactly("7", "6");
  }

  @Test
  void aLaterRunCappedByMaxPagesWarnsAboutTheGap() throws Exception {
    Api api = new Api(2, 2, 2);
    String mark = api.fetch(null).nextCursor();
    for (int n = 3; n <= 9; n++) {
      api.items.add(0, n);
    }
    List<SourcePage> pages = new ArrayList<>();

    assertThat(run(api, mark, pages)).containsExactly("9", "8", "7", "6");
    assertThat(pages.get(1).skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("maxPages=2").contains("000002"));
    assertThat(pages.get(1).nextCursor()).isEqualTo("{\"mark\":\"000009\"}");
  }

  @Test
  void cursorsRoundTripAndForeignTextIsACallerBug() {
    TimelineCursor cursor = new TimelineCursor("000002", "000009", "4", 2);
    assertThat(TimelineCursor.decode("fake", cursor.encode())).isEqualTo(cursor);
    assertThat(TimelineCursor.decode("fake", null)).isEqualTo(TimelineCursor.START);
    assertThatThrownBy(() -> TimelineCursor.decode("fake", "line:42"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cursor of source 'fake'")
        .hasMessageContaining("line:42");
  }
}
