package org.brandpulse.ingest.source.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourcePage;
import org.junit.jupiter.api.Test;

/** The engine's run rules against an in-memory newest-first API of numbered items. */
class TimelineSourceTest {

  private static final Instant NOW = Instant.parse("2026-09-02T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final Instant DAY_AGO = NOW.minus(Duration.ofDays(1));

  /**
   * Items n..1, newest first, {@code pageSize} per page; item i was written {@code spacing} times
   * (100 - i) ago, and the items in {@code noText} have no text.
   */
  private static final class Api extends TimelineSource {
    final List<Integer> items = new ArrayList<>();
    final List<TimelineRequest> requests = new ArrayList<>();
    final int pageSize;
    final Duration spacing;
    Set<Integer> noText = Set.of();

    Api(int count, int pageSize, int maxPages) {
      this(count, pageSize, maxPages, Duration.ofMinutes(1), null);
    }

    Api(int count, int pageSize, int maxPages, Duration spacing, Instant since) {
      super("fake", maxPages, Duration.ofDays(1), since, CLOCK);
      for (int i = count; i >= 1; i--) {
        items.add(i);
      }
      this.pageSize = pageSize;
      this.spacing = spacing;
    }

    /** A new instance over the same items, as a later run builds it. */
    Api withSince(Instant since) {
      Api next = new Api(0, pageSize, 10, spacing, since);
      next.items.addAll(items);
      next.noText = noText;
      return next;
    }

    @Override
    protected TimelineBatch read(TimelineRequest request, Instant fetchedAt) {
      requests.add(request);
      int from = request.token() == null ? 0 : Integer.parseInt(request.token());
      List<TimelineItem> page = new ArrayList<>();
      for (int i = from; i < Math.min(items.size(), from + pageSize); i++) {
        int n = items.get(i);
        String text = noText.contains(n) ? "" : "item " + n;
        Post post =
            new Post(
                "fake:" + n,
                "fake",
                null,
                null,
                text,
                null,
                NOW.minus(spacing.multipliedBy(100 - n)),
                null,
                null,
                null,
                fetchedAt);
        SkippedRecord skip =
            text.isEmpty() ? new SkippedRecord("fake", "item " + n, "no text", "") : null;
        page.add(new TimelineItem(post, "%06d".formatted(n), skip));
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

  private static String last(List<SourcePage> pages) {
    return pages.get(pages.size() - 1).nextCursor();
  }

  private static int outside(List<SourcePage> pages) {
    return pages.stream().mapToInt(SourcePage::outsideWindow).sum();
  }

  @Test
  void aRunStopsAtTheHighWaterMarkAndRaisesIt() throws Exception {
    Api api = new Api(5, 2, 10);
    List<SourcePage> pages = new ArrayList<>();
    assertThat(run(api, null, pages)).containsExactly("5", "4", "3", "2", "1");
    String mark = last(pages);
    assertThat(mark).isEqualTo("{\"mark\":\"000005\",\"floor\":\"2026-09-01T12:00:00Z\"}");

    api.items.add(0, 6);
    api.items.add(0, 7);
    List<SourcePage> later = new ArrayList<>();
    assertThat(run(api, mark, later)).containsExactly("7", "6");
    assertThat(later.get(0).windowStart()).as("a later run reads back to its mark").isNull();
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
    assertThat(last(pages)).isEqualTo("{\"mark\":\"000009\",\"floor\":\"2026-09-01T12:00:00Z\"}");
  }

  @Test
  void theFirstRunLeavesOutAndCountsWhatIsOlderThanItsWindow() throws Exception {
    // items one hour apart: 100 is just written, 76 is a day old
    Api api = new Api(100, 10, 10, Duration.ofHours(1), null);
    List<SourcePage> pages = new ArrayList<>();

    List<String> ids = run(api, null, pages);

    assertThat(ids).hasSize(25).startsWith("100").endsWith("76");
    assertThat(outside(pages)).as("75..71 came back on the last page").isEqualTo(5);
    assertThat(pages).extracting(SourcePage::windowStart).containsOnly(DAY_AGO);
    assertThat(pages).flatExtracting(SourcePage::skipped).isEmpty();
    assertThat(TimelineCursor.decode("fake", last(pages)))
        .isEqualTo(TimelineCursor.between("000100", DAY_AGO));
  }

  @Test
  void aSinceOlderThanTheHistoryBackfillsPastTheMarkOnceThenRunsStopAtTheMarkAgain()
      throws Exception {
    Api first = new Api(100, 10, 10, Duration.ofHours(1), null);
    String cursor = last(pages(first, null));
    first.items.add(0, 101);
    Instant since = NOW.minus(Duration.ofDays(2));

    Api backfill = first.withSince(since);
    List<SourcePage> pages = new ArrayList<>();
    List<String> ids = run(backfill, cursor, pages);

    assertThat(ids).as("the new item, the day it had and the day before").hasSize(50);
    assertThat(ids).startsWith("101", "100").endsWith("52");
    assertThat(backfill.requests).extracting(TimelineRequest::mark).containsOnlyNulls();
    assertThat(backfill.requests).extracting(TimelineRequest::notBefore).containsOnly(since);
    assertThat(TimelineCursor.decode("fake", last(pages)))
        .isEqualTo(TimelineCursor.between("000101", since));

    first.items.add(0, 102);
    Api later = first.withSince(since);
    assertThat(run(later, last(pages), new ArrayList<>())).containsExactly("102");
    assertThat(later.requests.get(0).mark()).isEqualTo("000101");
  }

  @Test
  void aSinceWithinTheHistoryReadsNoFurtherBackThanTheMark() throws Exception {
    Api first = new Api(100, 10, 10, Duration.ofHours(1), null);
    String cursor = last(pages(first, null));
    first.items.add(0, 101);

    Api later = first.withSince(NOW.minus(Duration.ofHours(12)));
    assertThat(run(later, cursor, new ArrayList<>())).containsExactly("101");
    assertThat(later.requests.get(0).mark()).isEqualTo("000100");
  }

  @Test
  void aCursorWrittenBeforeTheFloorExistedBackfillsOnlyWhenASinceIsSet() throws Exception {
    Api api = new Api(100, 10, 10, Duration.ofHours(1), null);
    String old = "{\"mark\":\"000090\"}";
    assertThat(run(api, old, new ArrayList<>())).hasSize(10).startsWith("100").endsWith("91");

    Api withSince = api.withSince(NOW.minus(Duration.ofHours(30)));
    assertThat(run(withSince, old, new ArrayList<>())).hasSize(31).endsWith("70");
  }

  @Test
  void aRunUnderWayWrittenBeforeItsWindowWasKeptStillEndsAtMaxAge() throws Exception {
    Api api = new Api(100, 10, 10, Duration.ofHours(1), null);
    String midway = "{\"top\":\"000100\",\"token\":\"10\",\"pages\":1}";
    List<SourcePage> pages = new ArrayList<>();

    assertThat(run(api, midway, pages)).hasSize(15).startsWith("90").endsWith("76");
    assertThat(pages.get(0).windowStart()).isEqualTo(DAY_AGO);
  }

  @Test
  void aRunCappedBeforeItsWindowStartSaysSo() throws Exception {
    Api api = new Api(100, 10, 2, Duration.ofHours(1), null);
    List<SourcePage> pages = new ArrayList<>();

    assertThat(run(api, null, pages)).hasSize(20);
    assertThat(pages.get(1).skipped())
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.reason())
                    .contains("maxPages=2")
                    .contains("before reaching the window start 2026-09-01T12:00:00Z"));
  }

  @Test
  void anItemWithoutTextIsSkippedOnlyWhenItIsInsideTheWindow() throws Exception {
    Api api = new Api(100, 10, 10, Duration.ofHours(1), null);
    api.noText = Set.of(99, 75);
    List<SourcePage> pages = new ArrayList<>();

    assertThat(run(api, null, pages)).hasSize(24).doesNotContain("99");
    assertThat(pages)
        .flatExtracting(SourcePage::skipped)
        .extracting(SkippedRecord::location)
        .containsExactly("item 99");

    Api backfill = api.withSince(NOW.minus(Duration.ofDays(2)));
    List<SourcePage> more = new ArrayList<>();
    run(backfill, last(pages), more);
    assertThat(more)
        .flatExtracting(SourcePage::skipped)
        .extracting(SkippedRecord::location)
        .containsExactly("item 99", "item 75");
  }

  @Test
  void cursorsRoundTripAndForeignTextIsACallerBug() {
    TimelineCursor cursor = new TimelineCursor("000002", DAY_AGO, "000009", "4", 2, NOW);
    assertThat(TimelineCursor.decode("fake", cursor.encode())).isEqualTo(cursor);
    assertThat(TimelineCursor.decode("fake", null)).isEqualTo(TimelineCursor.START);
    assertThatThrownBy(() -> TimelineCursor.decode("fake", "line:42"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cursor of source 'fake'")
        .hasMessageContaining("line:42");
    assertThatThrownBy(() -> TimelineCursor.decode("fake", "{\"mark\":\"1\",\"floor\":\"May\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cursor of source 'fake'")
        .hasMessageContaining("May");
  }

  private static List<SourcePage> pages(Api api, String cursor) throws Exception {
    List<SourcePage> pages = new ArrayList<>();
    run(api, cursor, pages);
    return pages;
  }
}
