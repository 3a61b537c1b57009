package org.brandpulse.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.brandpulse.ingest.testing.Posts.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.dedup.DedupKeys;
import org.brandpulse.ingest.testing.Posts;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.Sentiment;
import org.brandpulse.nlp.SentimentLabel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The behaviour every {@link PostStore} must have. Subclass it per implementation and supply {@link
 * #newStore()}: a fresh, empty store per test.
 */
public abstract class PostStoreContractTest {

  protected PostStore store;

  /** A new, empty store; closed by the test. */
  protected abstract PostStore newStore() throws Exception;

  @BeforeEach
  void openStore() throws Exception {
    store = newStore();
  }

  @AfterEach
  void closeStore() throws Exception {
    store.close();
  }

  protected void write(AnalyzedPost... posts) throws StoreException {
    store.upsert(List.of(posts));
  }

  protected static List<String> ids(List<AnalyzedPost> posts) {
    return posts.stream().map(AnalyzedPost::id).toList();
  }

  protected List<String> idsFor(PostFilter filter) throws StoreException {
    return ids(store.search(new PostQuery(null, filter, PostSort.OLDEST, 100, null)).posts());
  }

  protected List<String> idsForText(String text) throws StoreException {
    return ids(
        store.search(new PostQuery(text, PostFilter.ALL, PostSort.OLDEST, 100, null)).posts());
  }

  // --- upsert and get ---

  @Test
  void upsertingOnePostTwiceKeepsOne() throws Exception {
    AnalyzedPost p = post("social:1").text("Bazarly delivered early 🚚").build();
    write(p);
    write(p);
    store.upsert(List.of(p, p));
    assertThat(store.count(PostFilter.ALL)).isEqualTo(1);
    assertThat(store.get("social:1")).contains(p);
  }

  @Test
  void upsertReplacesTheAnalysis() throws Exception {
    AnalyzedPost old = post("social:1").sentiment(SentimentLabel.NEGATIVE).keywords("late").build();
    write(old);
    write(
        old.withAnalysis(
            post("social:1")
                .sentiment(SentimentLabel.POSITIVE)
                .keywords("fast")
                .build()
                .analysis()));
    assertThat(store.get("social:1").orElseThrow().analysis().sentiment().label())
        .isEqualTo(SentimentLabel.POSITIVE);
    assertThat(store.countBy(Facet.SENTIMENT, PostFilter.ALL))
        .containsExactly(new TermCount("positive", 1));
    assertThat(store.topKeywords(PostFilter.ALL, 10)).containsExactly(new TermCount("fast", 1));
  }

  @Test
  void getReturnsThePostAsWrittenAndEmptyForUnknownIds() throws Exception {
    AnalyzedPost p =
        post("file:shop-export:77")
            .text("বাজারলি থেকে অর্ডার করেছি, এখনও আসেনি 😡 #bazarly @bazarly_help")
            .language("bn")
            .author("রিনা", 812)
            .engagement(3, 2, 1)
            .sentiment(SentimentLabel.NEGATIVE)
            .complaint(ComplaintCategory.LATE_MISSING_DELIVERY, true)
            .keywords("অর্ডার", "আসেনি")
            .hashtags("bazarly")
            .brands("bazarly", "shopco")
            .duplicates("file:shop-export:78", "file:shop-export:79")
            .replyTo("file:shop-export:70")
            .build();
    write(p);
    assertThat(store.get(p.id())).contains(p);
    assertThat(store.get("file:shop-export:78")).isEmpty();
  }

  // --- filters ---

  private void writeFilterFixture() throws StoreException {
    write(
        post("mastodon:1")
            .at("2026-03-01T08:00:00Z")
            .brands("bazarly")
            .language("en")
            .sentiment(SentimentLabel.NEGATIVE)
            .complaint(ComplaintCategory.DAMAGED_DEFECTIVE, true)
            .build(),
        post("mastodon:2")
            .at("2026-03-02T08:00:00Z")
            .brands("bazarly", "shopco")
            .language("bn")
            .sentiment(SentimentLabel.POSITIVE)
            .build(),
        post("reddit:3")
            .at("2026-03-03T08:00:00Z")
            .brands("shopco")
            .language("en")
            .sentiment(SentimentLabel.NEGATIVE)
            .complaint(ComplaintCategory.REFUND_RETURN, false)
            .build(),
        post("reddit:4")
            .at("2026-03-04T08:00:00Z")
            .brands("bazarly")
            .language("ar")
            .sentiment(SentimentLabel.NEUTRAL)
            .build(),
        post("rss:5")
            .at("2026-03-05T08:00:00Z")
            .brands("shopco")
            .language("ja")
            .sentiment(SentimentLabel.NEGATIVE)
            .complaint(ComplaintCategory.DAMAGED_DEFECTIVE, true)
            .build());
  }

  @Test
  void filtersSelectByEachDimension() throws Exception {
    writeFilterFixture();
    PostFilter all = PostFilter.ALL;
    assertThat(idsFor(all))
        .containsExactly("mastodon:1", "mastodon:2", "reddit:3", "reddit:4", "rss:5");
    assertThat(idsFor(all.brands(Set.of("bazarly"))))
        .containsExactly("mastodon:1", "mastodon:2", "reddit:4");
    assertThat(idsFor(all.sources(Set.of("reddit", "rss"))))
        .containsExactly("reddit:3", "reddit:4", "rss:5");
    assertThat(idsFor(all.languages(Set.of("bn", "ar")))).containsExactly("mastodon:2", "reddit:4");
    assertThat(idsFor(all.sentiments(Set.of(SentimentLabel.POSITIVE, SentimentLabel.NEUTRAL))))
        .containsExactly("mastodon:2", "reddit:4");
    assertThat(idsFor(all.complaintCategories(Set.of(ComplaintCategory.DAMAGED_DEFECTIVE))))
        .containsExactly("mastodon:1", "rss:5");
    assertThat(idsFor(all.needsReply(true))).containsExactly("mastodon:1", "rss:5");
    assertThat(idsFor(all.needsReply(false))).containsExactly("mastodon:2", "reddit:3", "reddit:4");
  }

  @Test
  void periodIsFromInclusiveToExclusive() throws Exception {
    writeFilterFixture();
    PostFilter period =
        PostFilter.ALL.between(
            Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-03-04T08:00:00Z"));
    assertThat(idsFor(period)).containsExactly("mastodon:2", "reddit:3");
    assertThat(idsFor(PostFilter.ALL.between(null, Instant.parse("2026-03-02T08:00:00Z"))))
        .containsExactly("mastodon:1");
    assertThat(idsFor(PostFilter.ALL.between(Instant.parse("2026-03-05T08:00:00Z"), null)))
        .containsExactly("rss:5");
  }

  @Test
  void filtersCombineWithAnd() throws Exception {
    writeFilterFixture();
    PostFilter f =
        PostFilter.ALL
            .between(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-06T00:00:00Z"))
            .brands(Set.of("shopco"))
            .sentiments(Set.of(SentimentLabel.NEGATIVE))
            .needsReply(true);
    assertThat(idsFor(f)).containsExactly("rss:5");
    assertThat(store.count(f)).isEqualTo(1);
    assertThat(store.count(f.sources(Set.of("reddit")))).isZero();
  }

  @Test
  void getAllReturnsTheKnownPostsByIdInOneLookUp() throws Exception {
    List<AnalyzedPost> many = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      many.add(post("social:" + i).text("বাজারলি post " + i + " 😡").build());
    }
    store.upsert(many);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 1_500; i += 3) {
      ids.add("social:" + i);
    }
    ids.add("social:unknown");
    Map<String, AnalyzedPost> found = store.getAll(ids);
    assertThat(found).hasSize(500).doesNotContainKey("social:unknown");
    assertThat(found.get("social:42")).isEqualTo(many.get(42));
    assertThat(store.getAll(List.of())).isEmpty();
  }

  @Test
  void dedupKeysOfAWholeChunkAreLookedUpAtOnce() throws Exception {
    List<AnalyzedPost> many = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      AnalyzedPost p = post("social:" + i).text("order number " + i + " never arrived").build();
      many.add(p);
      keys.addAll(DedupKeys.of(p.post().text()).all());
    }
    store.upsert(many);
    assertThat(keys.size()).isGreaterThan(1_024);
    assertThat(store.findByDedupKeys(keys, null, null, 10_000)).hasSize(600);
  }

  @Test
  void dedupCandidatesAreWhatFindByDedupKeysFindsWithoutThePosts() throws Exception {
    String text = "বাজারলি sent me a broken phone and support never answered my three emails 😡";
    write(
        post("social:1").at("2026-03-01T08:00:00Z").text(text).build(),
        post("social:2")
            .at("2026-03-01T09:00:00Z")
            .text("RT @rina: " + text)
            .replyTo("social:1")
            .build(),
        post("social:3").at("2026-03-01T10:00:00Z").text("short one").build(),
        post("social:4").at("2026-03-03T10:00:00Z").text(text + " again").build());
    List<String> keys = new ArrayList<>(DedupKeys.of(text).all());
    keys.addAll(DedupKeys.of("short one").all());
    Instant from = Instant.parse("2026-03-01T08:30:00Z");
    Instant to = Instant.parse("2026-03-04T00:00:00Z");
    List<AnalyzedPost> posts = store.findByDedupKeys(keys, from, to, 10);
    List<org.brandpulse.ingest.store.DedupCandidate> candidates =
        store.dedupCandidates(keys, from, to, 10);
    assertThat(candidates)
        .extracting(c -> c.id())
        .startsWith("social:2", "social:3")
        .doesNotContain("social:1");
    assertThat(candidates)
        .extracting(c -> c.id())
        .containsExactlyElementsOf(posts.stream().map(AnalyzedPost::id).toList());
    for (int i = 0; i < posts.size(); i++) {
      var c = candidates.get(i);
      var p = posts.get(i).post();
      assertThat(c.createdAt()).isEqualTo(p.createdAt());
      assertThat(c.replyToId()).isEqualTo(p.replyToId());
      assertThat(new HashSet<>(c.keys())).isEqualTo(new HashSet<>(DedupKeys.of(p.text()).all()));
      assertThat(DedupKeys.fromKeys(c.keys()).matches(DedupKeys.of(p.text()))).isTrue();
    }
    assertThat(store.dedupCandidates(keys, from, to, 1)).hasSize(1);
  }

  // --- fetched since ---

  @Test
  void fetchedSinceSelectsWhatRunsStoredLaterWhateverThePostsDates() throws Exception {
    write(
        post("social:1").at("2026-03-01T08:00:00Z").fetched("2026-03-01T09:00:00Z").build(),
        post("social:2").at("2017-10-31T22:10:00Z").fetched("2026-03-05T12:00:00Z").build(),
        post("social:3").at("2026-03-04T08:00:00Z").fetched("2026-03-05T12:00:00.001Z").build(),
        post("social:4")
            .at("2016-01-01T00:00:00Z")
            .fetched("2026-03-07T00:00:00Z")
            .complaint(ComplaintCategory.REFUND_RETURN, true)
            .build());
    PostFilter since = PostFilter.ALL.fetchedSince(Instant.parse("2026-03-05T12:00:00Z"));
    assertThat(idsFor(since)).containsExactlyInAnyOrder("social:2", "social:3", "social:4");
    assertThat(idsFor(since.between(null, Instant.parse("2026-01-01T00:00:00Z"))))
        .containsExactlyInAnyOrder("social:2", "social:4");
    assertThat(idsFor(since.needsReply(true))).containsExactly("social:4");
    assertThat(store.count(since)).isEqualTo(3);
  }

  // --- author filters ---

  /** The brand's two accounts (spelled as sources do), two customers and an anonymous post. */
  private void writeAuthorFixture() throws StoreException {
    write(
        post("social:1")
            .at("2026-03-01T08:00:00Z")
            .author("Bazarly", 50_000)
            .text("Free delivery this weekend")
            .keywords("free delivery")
            .build(),
        post("social:2")
            .at("2026-03-01T09:00:00Z")
            .author("@BAZARLY_help", 9_000)
            .text("Sorry, your refund is on its way")
            .keywords("refund")
            .replyTo("social:3")
            .build(),
        post("social:3")
            .at("2026-03-01T10:00:00Z")
            .author("rina_k", 100)
            .text("Still waiting for my refund")
            .keywords("refund")
            .sentiment(SentimentLabel.NEGATIVE)
            .build(),
        post("social:4")
            .at("2026-03-02T10:00:00Z")
            .author("রিনা", 812)
            .text("বাজারলি ডেলিভারি দেরি 😡")
            .keywords("ডেলিভারি")
            .build(),
        post("social:5")
            .at("2026-03-02T11:00:00Z")
            .author(null, 0)
            .text("anonymous refund")
            .build());
  }

  @Test
  void authorFiltersMatchHandlesIgnoringCaseAndAt() throws Exception {
    writeAuthorFixture();
    Set<String> own = Set.of("@bazarly", " Bazarly_Help ");
    assertThat(idsFor(PostFilter.ALL.authors(own))).containsExactly("social:1", "social:2");
    assertThat(idsFor(PostFilter.ALL.excludeAuthors(own)))
        .containsExactly("social:3", "social:4", "social:5");
    assertThat(idsFor(PostFilter.ALL.authors(Set.of("রিনা")))).containsExactly("social:4");
    assertThat(idsFor(PostFilter.ALL.authors(Set.of("nobody")))).isEmpty();
    assertThat(idsFor(PostFilter.ALL.authors(own).excludeAuthors(Set.of("BAZARLY"))))
        .containsExactly("social:2");
  }

  @Test
  void excludedAuthorsAreLeftOutOfCountsTopListsAndTextSearch() throws Exception {
    writeAuthorFixture();
    PostFilter mentions = PostFilter.ALL.excludeAuthors(Set.of("bazarly", "bazarly_help"));
    assertThat(store.count(mentions)).isEqualTo(3);
    assertThat(ids(store.topByReach(mentions, 2))).containsExactly("social:4", "social:3");
    assertThat(store.topKeywords(mentions, 10))
        .containsExactly(new TermCount("refund", 1), new TermCount("ডেলিভারি", 1));
    assertThat(store.countPerDay(mentions, ZoneOffset.UTC))
        .containsExactly(
            Map.entry(LocalDate.parse("2026-03-01"), 1L),
            Map.entry(LocalDate.parse("2026-03-02"), 2L));
    assertThat(store.countBy(Facet.SENTIMENT, mentions))
        .containsExactly(new TermCount("neutral", 2), new TermCount("negative", 1));
    PostPage refunds = store.search(new PostQuery("refund", mentions, PostSort.OLDEST, 10, null));
    assertThat(ids(refunds.posts())).containsExactly("social:3", "social:5");
    assertThat(refunds.total()).isEqualTo(2);
    List<String> walked = new ArrayList<>();
    store.forEach(mentions, p -> walked.add(p.id()));
    assertThat(walked).containsExactly("social:3", "social:4", "social:5");
  }

  @Test
  void onlyTheBrandsOwnPostsCountedWithTheirReplies() throws Exception {
    writeAuthorFixture();
    PostFilter own =
        PostFilter.ALL
            .authors(Set.of("bazarly", "bazarly_help"))
            .between(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"));
    assertThat(store.count(own)).isEqualTo(2);
    assertThat(ids(store.topByReach(own, 10))).containsExactly("social:1", "social:2");
    assertThat(store.topByReach(own, 10).get(1).post().isReply()).isTrue();
  }

  @Test
  void aBlankAuthorHandleIsACallerBug() {
    assertThatThrownBy(() -> PostFilter.ALL.excludeAuthors(Set.of(" @ ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank author handle");
  }

  // --- text queries ---

  @Test
  void textQueriesMatchWordsPhrasesScriptsAndEmoji() throws Exception {
    write(
        Posts.of("social:1", "Bazarly delivered my parcel late again", Posts.T0),
        Posts.of(
            "social:2", "বাজারলি থেকে অর্ডার করেছি, পার্সেল এখনও আসেনি", Posts.T0.plusSeconds(1)),
        Posts.of("social:3", "Love the new CAFÉ menu 😍 #bazarly", Posts.T0.plusSeconds(2)),
        Posts.of("social:4", "شكرا بازارلي التوصيل سريع 👍", Posts.T0.plusSeconds(3)),
        Posts.of("social:5", "late parcel, bazarly delivered nothing", Posts.T0.plusSeconds(4)));
    assertThat(idsForText("late")).containsExactly("social:1", "social:5");
    assertThat(idsForText("\"parcel late\"")).containsExactly("social:1");
    assertThat(idsForText("আসেনি")).containsExactly("social:2");
    assertThat(idsForText("\"অর্ডার করেছি\"")).containsExactly("social:2");
    assertThat(idsForText("😍")).containsExactly("social:3");
    assertThat(idsForText("cafe AND bazarly")).containsExactly("social:3");
    assertThat(idsForText("بازارلي")).containsExactly("social:4");
    assertThat(idsForText("deliv* -late")).isEmpty();
    assertThat(idsForText("deliv* NOT nothing")).containsExactly("social:1");
  }

  @Test
  void textQueryCombinesWithFilter() throws Exception {
    write(
        post("social:1").text("late parcel").sentiment(SentimentLabel.NEGATIVE).build(),
        post("social:2").text("late but fine").sentiment(SentimentLabel.POSITIVE).build());
    PostQuery q =
        new PostQuery(
            "late",
            PostFilter.ALL.sentiments(Set.of(SentimentLabel.NEGATIVE)),
            PostSort.NEWEST,
            10,
            null);
    PostPage page = store.search(q);
    assertThat(ids(page.posts())).containsExactly("social:1");
    assertThat(page.total()).isEqualTo(1);
  }

  @Test
  void badQuerySyntaxIsAStoreExceptionNamingQueryAndPlace() throws Exception {
    write(Posts.of("social:1", "late parcel", Posts.T0));
    assertThatThrownBy(() -> idsForText("late AND (parcel"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("late AND (parcel")
        .hasMessageContaining("column");
  }

  // --- sorting and paging ---

  private List<AnalyzedPost> writeSortFixture() throws StoreException {
    List<AnalyzedPost> posts = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      // Pairs share created-at and reach, so the id tiebreak decides.
      posts.add(
          post("social:" + (char) ('a' + i))
              .text("parcel " + "late ".repeat(1 + i % 4) + "word" + i)
              .at(Posts.T0.plusSeconds(60L * (i / 2)))
              .reach(1000 - 10L * (i / 2))
              .build());
    }
    store.upsert(posts);
    return posts;
  }

  private List<String> allPages(String text, PostSort sort, int size) throws StoreException {
    List<String> seen = new ArrayList<>();
    PostQuery q = new PostQuery(text, PostFilter.ALL, sort, size, null);
    for (int pages = 0; pages < 100; pages++) {
      PostPage page = store.search(q);
      assertThat(page.posts()).hasSizeLessThanOrEqualTo(size);
      seen.addAll(ids(page.posts()));
      if (page.next() == null) {
        return seen;
      }
      q = q.after(page.next());
    }
    throw new AssertionError("paging does not end: " + seen);
  }

  @Test
  void newestOldestAndReachBreakTiesById() throws Exception {
    writeSortFixture();
    assertThat(allPages(null, PostSort.NEWEST, 3))
        .containsExactly(
            "social:k",
            "social:i",
            "social:j",
            "social:g",
            "social:h",
            "social:e",
            "social:f",
            "social:c",
            "social:d",
            "social:a",
            "social:b");
    assertThat(allPages(null, PostSort.OLDEST, 4))
        .containsExactly(
            "social:a",
            "social:b",
            "social:c",
            "social:d",
            "social:e",
            "social:f",
            "social:g",
            "social:h",
            "social:i",
            "social:j",
            "social:k");
    assertThat(allPages(null, PostSort.REACH, 2))
        .containsExactly(
            "social:a",
            "social:b",
            "social:c",
            "social:d",
            "social:e",
            "social:f",
            "social:g",
            "social:h",
            "social:i",
            "social:j",
            "social:k");
  }

  @ParameterizedTest
  @EnumSource(PostSort.class)
  void pagesHaveNoGapsOrDuplicatesAndTotalCountsAll(PostSort sort) throws Exception {
    writeSortFixture();
    List<String> oneByOne = allPages("parcel", sort, 1);
    List<String> byFour = allPages("parcel", sort, 4);
    List<String> atOnce =
        ids(store.search(new PostQuery("parcel", PostFilter.ALL, sort, 100, null)).posts());
    assertThat(oneByOne).hasSize(11).doesNotHaveDuplicates().isEqualTo(atOnce).isEqualTo(byFour);
    assertThat(store.search(new PostQuery("parcel", PostFilter.ALL, sort, 2, null)).total())
        .isEqualTo(11);
  }

  @Test
  void relevancePutsBetterMatchesFirst() throws Exception {
    write(
        Posts.of("social:1", "one late word among many other words here", Posts.T0),
        Posts.of("social:2", "late late late", Posts.T0));
    assertThat(
            ids(
                store
                    .search(new PostQuery("late", PostFilter.ALL, PostSort.RELEVANCE, 10, null))
                    .posts()))
        .containsExactly("social:2", "social:1");
  }

  @Test
  void pagingIsStableWhenPostsArriveBetweenPages() throws Exception {
    writeSortFixture();
    PostPage first = store.search(new PostQuery(null, PostFilter.ALL, PostSort.NEWEST, 5, null));
    write(post("social:newest").at(Posts.T0.plusSeconds(86_400)).build());
    PostPage second =
        store.search(new PostQuery(null, PostFilter.ALL, PostSort.NEWEST, 5, first.next()));
    assertThat(ids(second.posts()))
        .containsExactly("social:e", "social:f", "social:c", "social:d", "social:a");
    assertThat(second.next()).isNotNull();
  }

  @Test
  void aForeignPageTokenIsRejected() throws Exception {
    writeSortFixture();
    String next =
        store.search(new PostQuery(null, PostFilter.ALL, PostSort.NEWEST, 2, null)).next();
    assertThatThrownBy(
            () -> store.search(new PostQuery(null, PostFilter.ALL, PostSort.REACH, 2, next)))
        .isInstanceOf(StoreException.class);
    assertThatThrownBy(
            () ->
                store.search(
                    new PostQuery(null, PostFilter.ALL, PostSort.NEWEST, 2, "not a token!")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not a token!");
  }

  // --- counts ---

  @Test
  void countPerDayBucketsByZoneLocalDateAcrossDaylightSavingChange() throws Exception {
    // Europe/Berlin moves from UTC+1 to UTC+2 at 2026-03-29T01:00:00Z; that day has 23 hours.
    write(
        Posts.of("social:1", "a", Instant.parse("2026-03-27T22:59:00Z")), // 23:59 on the 27th
        Posts.of("social:2", "b", Instant.parse("2026-03-27T23:00:00Z")), // 00:00 on the 28th
        Posts.of("social:3", "c", Instant.parse("2026-03-28T23:30:00Z")), // 00:30 CET on the 29th
        Posts.of("social:4", "d", Instant.parse("2026-03-29T21:59:00Z")), // 23:59 CEST on the 29th
        Posts.of("social:5", "e", Instant.parse("2026-03-29T22:00:00Z")), // 00:00 CEST on the 30th
        Posts.of("social:6", "f", Instant.parse("2026-04-02T10:00:00Z"))); // after the period
    PostFilter march =
        PostFilter.ALL.between(
            Instant.parse("2026-03-27T23:00:00Z"), Instant.parse("2026-03-31T22:00:00Z"));
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    assertThat(store.countPerDay(march, berlin))
        .containsExactly(
            Map.entry(LocalDate.parse("2026-03-28"), 1L),
            Map.entry(LocalDate.parse("2026-03-29"), 2L),
            Map.entry(LocalDate.parse("2026-03-30"), 1L));
    assertThat(store.countPerDay(PostFilter.ALL, ZoneOffset.UTC))
        .isEqualTo(
            new TreeMap<>(
                Map.of(
                    LocalDate.parse("2026-03-27"),
                    2L,
                    LocalDate.parse("2026-03-28"),
                    1L,
                    LocalDate.parse("2026-03-29"),
                    2L,
                    LocalDate.parse("2026-04-02"),
                    1L)));
  }

  @Test
  void countByCountsEachFacetMostFirstWithMultiBrandPostsOncePerBrand() throws Exception {
    writeFilterFixture();
    assertThat(store.countBy(Facet.BRAND, PostFilter.ALL))
        .containsExactly(new TermCount("bazarly", 3), new TermCount("shopco", 3));
    assertThat(store.countBy(Facet.SOURCE, PostFilter.ALL))
        .containsExactly(
            new TermCount("mastodon", 2), new TermCount("reddit", 2), new TermCount("rss", 1));
    assertThat(store.countBy(Facet.LANGUAGE, PostFilter.ALL))
        .containsExactly(
            new TermCount("en", 2),
            new TermCount("ar", 1),
            new TermCount("bn", 1),
            new TermCount("ja", 1));
    assertThat(store.countBy(Facet.SENTIMENT, PostFilter.ALL))
        .containsExactly(
            new TermCount("negative", 3),
            new TermCount("neutral", 1),
            new TermCount("positive", 1));
    assertThat(store.countBy(Facet.COMPLAINT_CATEGORY, PostFilter.ALL))
        .containsExactly(
            new TermCount("damaged_defective", 2),
            new TermCount("none", 2),
            new TermCount("refund_return", 1));
  }

  @Test
  void countByHonoursTheFilter() throws Exception {
    writeFilterFixture();
    assertThat(
            store.countBy(Facet.BRAND, PostFilter.ALL.sentiments(Set.of(SentimentLabel.NEGATIVE))))
        .containsExactly(new TermCount("shopco", 2), new TermCount("bazarly", 1));
    assertThat(store.countBy(Facet.SOURCE, PostFilter.ALL.languages(Set.of("xx")))).isEmpty();
  }

  @Test
  void topKeywordsCountsPostsPerKeywordMostFirst() throws Exception {
    write(
        post("social:1").keywords("late delivery", "refund", "অর্ডার").build(),
        post("social:2")
            .keywords("late delivery", "refund")
            .sentiment(SentimentLabel.NEGATIVE)
            .build(),
        post("social:3")
            .keywords("late delivery", "app crash")
            .sentiment(SentimentLabel.NEGATIVE)
            .build());
    assertThat(store.topKeywords(PostFilter.ALL, 2))
        .containsExactly(new TermCount("late delivery", 3), new TermCount("refund", 2));
    assertThat(store.topKeywords(PostFilter.ALL.sentiments(Set.of(SentimentLabel.NEGATIVE)), 10))
        .containsExactly(
            new TermCount("late delivery", 2),
            new TermCount("app crash", 1),
            new TermCount("refund", 1));
    assertThat(store.topKeywords(PostFilter.ALL, 10)).contains(new TermCount("অর্ডার", 1));
  }

  @Test
  void topByReachIsHighestFirstWithIdTiebreakAndFilter() throws Exception {
    write(
        post("social:1").reach(50).build(),
        post("social:2").author("big", 900).engagement(10, 20, 5).build(), // 900+10+40+5 = 955
        post("social:3").reach(955).build(),
        post("social:4").reach(70).brands("shopco").build());
    assertThat(ids(store.topByReach(PostFilter.ALL, 3)))
        .containsExactly("social:2", "social:3", "social:4");
    assertThat(ids(store.topByReach(PostFilter.ALL.brands(Set.of("bazarly")), 10)))
        .containsExactly("social:2", "social:3", "social:1");
  }

  // --- de-duplication keys ---

  @Test
  void findByDedupKeysFindsExactAndNearCopies() throws Exception {
    String text = "Bazarly sent me a broken phone and support never answered my emails";
    write(
        Posts.of("social:1", text, Posts.T0),
        Posts.of("social:2", "RT @rina_k: " + text + " https://t.co/x", Posts.T0.plusSeconds(5)),
        Posts.of(
            "social:3", "Completely unrelated post about the weather in Dhaka today", Posts.T0));
    List<String> keys = DedupKeys.of(text.toUpperCase(java.util.Locale.ROOT) + "!!!").all();
    assertThat(ids(store.findByDedupKeys(keys, null, null, 10)))
        .containsExactly("social:1", "social:2");
    assertThat(ids(store.findByDedupKeys(keys, null, null, 1))).containsExactly("social:1");
    assertThat(ids(store.findByDedupKeys(keys, Posts.T0.plusSeconds(1), null, 10)))
        .containsExactly("social:2");
    assertThat(ids(store.findByDedupKeys(keys, null, Posts.T0.plusSeconds(5), 10)))
        .containsExactly("social:1");
    assertThat(store.findByDedupKeys(List.of("x:0000000000000000"), null, null, 10)).isEmpty();
    assertThat(store.findByDedupKeys(List.of(), null, null, 10)).isEmpty();
  }

  // --- iteration ---

  @Test
  void forEachVisitsEveryMatchingPostOnceInIdOrderAcrossBatches() throws Exception {
    List<AnalyzedPost> posts = new ArrayList<>();
    for (int i = 0; i < 2_345; i++) {
      posts.add(
          post(String.format(java.util.Locale.ROOT, "social:%05d", (i * 7919) % 2_345))
              .sentiment(i % 3 == 0 ? SentimentLabel.NEGATIVE : SentimentLabel.POSITIVE)
              .build());
    }
    store.upsert(posts);
    List<String> seen = new ArrayList<>();
    store.forEach(PostFilter.ALL, p -> seen.add(p.id()));
    assertThat(seen).hasSize(2_345).isSorted().doesNotHaveDuplicates();
    Set<String> negative = new HashSet<>();
    store.forEach(
        PostFilter.ALL.sentiments(Set.of(SentimentLabel.NEGATIVE)), p -> negative.add(p.id()));
    assertThat(negative).hasSize(782);
  }

  @Test
  void forEachMayUpsertWhatItVisits() throws Exception {
    List<AnalyzedPost> posts = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      posts.add(post("social:" + (100 + i)).sentiment(SentimentLabel.NEGATIVE).build());
    }
    store.upsert(posts);
    List<String> seen = new ArrayList<>();
    store.forEach(
        PostFilter.ALL,
        p -> {
          seen.add(p.id());
          try {
            store.upsert(
                List.of(
                    p.withAnalysis(
                        post(p.id()).sentiment(SentimentLabel.POSITIVE).build().analysis())));
          } catch (StoreException e) {
            throw new IllegalStateException(e);
          }
        });
    assertThat(seen).hasSize(12).doesNotHaveDuplicates();
    assertThat(store.countBy(Facet.SENTIMENT, PostFilter.ALL))
        .containsExactly(new TermCount("positive", 12));
  }

  @Test
  void sentimentScoreSurvivesTheRoundTrip() throws Exception {
    AnalyzedPost p = post("social:1").build();
    AnalyzedPost precise =
        p.withAnalysis(
            new org.brandpulse.nlp.TextAnalysis(
                "en",
                new Sentiment(SentimentLabel.POSITIVE, 0.1234567890123),
                p.analysis().complaint(),
                List.of(),
                List.of(),
                List.of(),
                List.of("👍🏽"),
                List.of(),
                "deep"));
    write(precise);
    assertThat(store.get("social:1")).contains(precise);
  }
}
