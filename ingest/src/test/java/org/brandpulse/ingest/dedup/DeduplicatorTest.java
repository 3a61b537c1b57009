package org.brandpulse.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.store.lucene.LucenePostStore;
import org.brandpulse.ingest.testing.Posts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeduplicatorTest {

  private static final String TEXT =
      "Bazarly sent me a broken phone and support never answered my three emails";

  @TempDir Path dir;
  private LucenePostStore store;
  private Deduplicator dedup;

  @BeforeEach
  void open() throws Exception {
    store = LucenePostStore.open(dir);
    dedup = new Deduplicator(store);
  }

  @AfterEach
  void close() throws Exception {
    store.close();
  }

  private static Post post(String id, String text, int minute) {
    return Posts.post(id).text(text).at(Posts.T0.plusSeconds(60L * minute)).post();
  }

  private void store(String id, String text, int minute) throws Exception {
    AnalyzedPost p = Posts.post(id).text(text).at(Posts.T0.plusSeconds(60L * minute)).build();
    store.upsert(List.of(p));
  }

  @Test
  void aRetweetOfAStoredPostIsADuplicate() throws Exception {
    store("social:1", TEXT, 0);
    assertThat(dedup.check(post("social:2", "RT @rina_k: " + TEXT, 5)))
        .isEqualTo(Verdict.duplicateOf("social:1"));
  }

  @Test
  void aNearCopyIsADuplicateAndADifferentPostIsNot() throws Exception {
    String feedItem = DedupKeysTest.longText(1);
    store("social:1", feedItem, 0);
    assertThat(dedup.check(post("social:2", DedupKeysTest.oneWordChanged(feedItem), 1)))
        .isEqualTo(Verdict.duplicateOf("social:1"));
    assertThat(
            dedup.check(
                post(
                    "social:3", "Bazarly refunded my broken phone within a day, great support", 1)))
        .isEqualTo(Verdict.ORIGINAL);
  }

  @Test
  void theSamePostAgainIsAnUpsertNotACopy() throws Exception {
    store("social:1", TEXT, 0);
    assertThat(dedup.check(post("social:1", TEXT, 0))).isEqualTo(Verdict.ORIGINAL);
  }

  @Test
  void aStoredCopyCreatedLaterIsNoOriginal() throws Exception {
    store("social:9", TEXT, 10);
    assertThat(dedup.check(post("social:1", TEXT, 0))).isEqualTo(Verdict.ORIGINAL);
  }

  @Test
  void atTheSameInstantTheSmallerIdIsTheOriginal() throws Exception {
    store("social:5", TEXT, 0);
    assertThat(dedup.check(post("social:7", TEXT, 0))).isEqualTo(Verdict.duplicateOf("social:5"));
    assertThat(dedup.check(post("social:3", TEXT, 0))).isEqualTo(Verdict.ORIGINAL);
  }

  @Test
  void theEarliestOfSeveralCandidatesIsTheOriginal() throws Exception {
    store("social:b", TEXT, 3);
    store("social:a", TEXT, 1);
    assertThat(dedup.check(post("social:c", TEXT, 9))).isEqualTo(Verdict.duplicateOf("social:a"));
  }

  @Test
  void copiesWithinOneUnwrittenBatchAreCaughtByTheWindow() throws Exception {
    assertThat(
            dedup.check(
                post("social:1", "বাজারলি থেকে অর্ডার করেছি, এখনও আসেনি, খুব খারাপ সার্ভিস", 0)))
        .isEqualTo(Verdict.ORIGINAL);
    assertThat(
            dedup.check(
                post(
                    "social:2",
                    "RT @x: বাজারলি থেকে অর্ডার করেছি, এখনও আসেনি, খুব খারাপ সার্ভিস",
                    1)))
        .isEqualTo(Verdict.duplicateOf("social:1"));
    assertThat(dedup.check(post("social:3", "short one", 0))).isEqualTo(Verdict.ORIGINAL);
    assertThat(dedup.check(post("social:4", "Short one!", 2)))
        .isEqualTo(Verdict.duplicateOf("social:3"));
    dedup.clearWindow();
    assertThat(dedup.check(post("social:5", "short one", 3))).isEqualTo(Verdict.ORIGINAL);
  }

  @Test
  void theWindowIsBounded() throws Exception {
    Deduplicator small = new Deduplicator(store, 2);
    small.check(post("social:1", "first text here", 0));
    small.check(post("social:2", "second text here", 0));
    small.check(post("social:3", "third text here", 0));
    assertThat(small.check(post("social:4", "first text here", 1))).isEqualTo(Verdict.ORIGINAL);
    assertThat(small.check(post("social:5", "third text here", 1)))
        .isEqualTo(Verdict.duplicateOf("social:3"));
  }

  @Test
  void textWithoutWordsIsAlwaysOriginal() throws Exception {
    store("social:1", "https://bazarly.com/p/1", 0);
    assertThat(dedup.check(post("social:2", "https://bazarly.com/p/1", 1)))
        .isEqualTo(Verdict.ORIGINAL);
  }

  @Test
  void theSameWordsWeeksApartAreTwoMentionsButARetweetIsACopyAtAnyAge() throws Exception {
    String question = "Can I change the delivery address after placing an order with Bazarly?";
    store("social:1", question, 0);
    int threeWeeks = 60 * 24 * 21;
    assertThat(dedup.check(post("social:2", question, threeWeeks))).isEqualTo(Verdict.ORIGINAL);
    assertThat(dedup.check(post("social:3", "RT @asker: " + question, threeWeeks + 1)))
        .isEqualTo(Verdict.duplicateOf("social:1"));
    assertThat(dedup.check(post("social:4", question, 60)))
        .as("copy-paste within a day of the first")
        .isEqualTo(Verdict.duplicateOf("social:1"));
  }

  @Test
  void cannedRepliesToDifferentCustomersAreNotCopies() throws Exception {
    String canned =
        "So sorry to see this, a replacement has been arranged and our rider will contact you";
    store.upsert(
        List.of(Posts.post("social:r1").text(canned).at(Posts.T0).replyTo("social:c1").build()));
    Post toAnother =
        Posts.post("social:r2")
            .text(canned)
            .at(Posts.T0.plusSeconds(600))
            .replyTo("social:c2")
            .post();
    Post again =
        Posts.post("social:r3")
            .text(canned)
            .at(Posts.T0.plusSeconds(900))
            .replyTo("social:c1")
            .post();
    assertThat(dedup.check(toAnother)).isEqualTo(Verdict.ORIGINAL);
    assertThat(dedup.check(again)).isEqualTo(Verdict.duplicateOf("social:r1"));
  }

  /**
   * A chunk checked at once gets exactly the verdicts the same posts get one by one: stored
   * originals, copies inside the chunk, near-copies, retweets of old posts, copies past the copy
   * window, replies. Seeded; the seed is printed.
   */
  @Test
  void aChunkAtOnceGetsTheVerdictsOfOneByOne() throws Exception {
    long seed = 20261207L;
    System.out.println("aChunkAtOnceGetsTheVerdictsOfOneByOne seed " + seed);
    java.util.Random random = new java.util.Random(seed);
    String[] texts = {
      TEXT,
      DedupKeysTest.longText(1),
      DedupKeysTest.longText(2),
      "বাজারলি ডেলিভারি খুব দেরি করেছে, তিন সপ্তাহ হয়ে গেল কোনো খবর নেই 😡",
      "can I change the delivery address of my order please",
      "Bazarly 的客服从来不回复我的邮件，我的订单已经三周没有消息了"
    };
    for (int i = 0; i < 20; i++) {
      store("social:s" + i, texts[i % texts.length], -60 * 24 * (i % 3) - i);
    }
    List<Post> chunk = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String text = texts[random.nextInt(texts.length)];
      switch (random.nextInt(5)) {
        case 0 -> text = "RT @rina_k: " + text;
        case 1 ->
            text = DedupKeysTest.oneWordChanged(DedupKeysTest.longText(1 + random.nextInt(2)));
        case 2 -> text = text + " " + i;
        default -> {}
      }
      Posts.Builder b =
          Posts.post("social:c" + i)
              .text(text)
              .at(Posts.T0.plusSeconds(60L * random.nextInt(3_000)));
      if (random.nextInt(6) == 0) {
        b.replyTo("social:s" + random.nextInt(20));
      }
      chunk.add(b.post());
    }
    chunk.sort(java.util.Comparator.comparing(Post::createdAt));
    List<Verdict> oneByOne = new java.util.ArrayList<>();
    for (Post p : chunk) {
      oneByOne.add(dedup.check(p));
    }
    assertThat(new Deduplicator(store).checkAll(chunk)).isEqualTo(oneByOne);
    assertThat(oneByOne).contains(Verdict.ORIGINAL).anyMatch(Verdict::isDuplicate);
  }
}
