package org.brandpulse.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.brandpulse.nlp.ComplaintCategory;

/**
 * Plans {@code social.jsonl}: original posts over the 90 days, support replies from
 * {@code @bazarly_help} threaded under complaints with the customers' follow-ups, the viral
 * complaint with its same-issue replies, then retweets and copy-paste spam.
 */
final class SocialPlanner {
  static final int ORIGINALS = 1_760;
  static final int VIRAL_SAME_ISSUE = 20;

  /** The planned posts, oldest first, and what was planted. */
  record Plan(List<DemoPost> posts, int retweets, int spam, int brandReplies) {}

  private final PostFactory factory;
  private final Timeline timeline;
  private final Phrasebook book;
  private final Channel channel = Channel.socialNetwork();

  SocialPlanner(PostFactory factory, Timeline timeline, Phrasebook book) {
    this.factory = factory;
    this.timeline = timeline;
    this.book = book;
  }

  Plan plan(SplittableRandom rnd) {
    List<DemoPost> posts = new ArrayList<>();
    int[] perDay = timeline.allocate(ORIGINALS, rnd);
    for (int day = 0; day < Timeline.DAYS; day++) {
      for (int i = 0; i < perDay[day]; i++) {
        posts.add(factory.original(day, channel, rnd));
      }
    }
    int brandReplies = 0;
    for (DemoPost complaint : List.copyOf(posts)) {
      boolean incident =
          timeline.phase(timeline.dayOf(complaint.createdAt())) == Timeline.Phase.INCIDENT;
      if (complaint.isComplaint()
          && complaint.brand() == Brand.BAZARLY
          && rnd.nextDouble() < (incident ? 0.3 : 0.45)) {
        brandReplies += answer(complaint, incident, posts, rnd);
      }
    }
    brandReplies += viral(posts, rnd);
    Duplicates duplicates = new Duplicates(timeline, book, channel, factory.people());
    int retweets = duplicates.retweets(posts, rnd);
    int spam = duplicates.spam(posts, rnd);
    return new Plan(withReplyCounts(posts), retweets, spam, brandReplies);
  }

  /** A support reply, sometimes followed by the customer's thanks or "still waiting". */
  private int answer(
      DemoPost complaint, boolean incident, List<DemoPost> posts, SplittableRandom rnd) {
    long minutes =
        (long)
            ((incident ? 360 : 20) * (1 + 4 * rnd.nextDouble()) * PostFactory.logNormal(0.5, rnd));
    Instant at = complaint.createdAt().plus(Duration.ofMinutes(minutes));
    if (!at.isBefore(timeline.end())) {
      return 0;
    }
    Voice voice = complaint.lang().equals("bn") ? Voice.BN : Voice.EN;
    String section = "help." + PostFactory.suffix(complaint.category());
    section = book.has(voice, section) ? section : "help.generic";
    DemoPost reply =
        factory.make(
            section,
            PostKind.HELP_REPLY,
            ComplaintCategory.NONE,
            voice,
            Brand.BAZARLY,
            People.BAZARLY_HELP,
            at,
            complaint,
            complaint.nativeId(),
            channel,
            rnd);
    posts.add(reply);
    Instant later = at.plus(Duration.ofMinutes(60 + rnd.nextInt(72 * 60)));
    if (rnd.nextDouble() < 0.35 && later.isBefore(timeline.end())) {
      boolean thanks = rnd.nextDouble() < 0.6;
      Voice own =
          book.has(complaint.author().voice(), "followup.thanks")
              ? complaint.author().voice()
              : Voice.EN;
      posts.add(
          factory.make(
              thanks ? "followup.thanks" : "followup.still",
              PostKind.FOLLOW_UP,
              thanks ? ComplaintCategory.NONE : complaint.category(),
              own,
              Brand.BAZARLY,
              complaint.author(),
              later,
              reply,
              complaint.nativeId(),
              channel,
              rnd));
    }
    return 1;
  }

  /** The viral complaint: a support reply, same-issue replies and the author's update. */
  private int viral(List<DemoPost> posts, SplittableRandom rnd) {
    Instant at =
        timeline.date(Timeline.VIRAL_DAY).atTime(4, 42, 17).toInstant(java.time.ZoneOffset.UTC);
    DemoPost base =
        factory.make(
            "viral",
            PostKind.VIRAL,
            ComplaintCategory.FRAUD_SCAM,
            Voice.EN,
            Brand.BAZARLY,
            People.VIRAL,
            at,
            null,
            null,
            channel,
            rnd);
    DemoPost viral =
        new DemoPost(
            base.nativeId(),
            at,
            base.text(),
            "en",
            base.author(),
            null,
            base.nativeId(),
            base.url(),
            PostKind.VIRAL,
            ComplaintCategory.FRAUD_SCAM,
            Brand.BAZARLY,
            11_873,
            4_219,
            936);
    posts.add(viral);
    for (int i = 0; i < VIRAL_SAME_ISSUE; i++) {
      Voice voice =
          rnd.nextDouble() < 0.6 ? Voice.EN : rnd.nextDouble() < 0.75 ? Voice.BN : Voice.BANGLISH;
      Instant when =
          at.plus(Duration.ofMinutes(10 + (long) (rnd.nextDouble() * rnd.nextDouble() * 1800)));
      posts.add(
          factory.make(
              "sameissue",
              PostKind.SAME_ISSUE,
              ComplaintCategory.OTHER,
              voice,
              Brand.BAZARLY,
              factory.people().pick(voice, rnd),
              when,
              viral,
              viral.nativeId(),
              channel,
              rnd));
    }
    DemoPost reply =
        factory.make(
            "viral.reply",
            PostKind.HELP_REPLY,
            ComplaintCategory.NONE,
            Voice.EN,
            Brand.BAZARLY,
            People.BAZARLY_HELP,
            at.plus(Duration.ofMinutes(172)),
            viral,
            viral.nativeId(),
            channel,
            rnd);
    posts.add(reply);
    posts.add(
        factory.make(
            "viral.update",
            PostKind.FOLLOW_UP,
            ComplaintCategory.NONE,
            Voice.EN,
            Brand.BAZARLY,
            People.VIRAL,
            at.plus(Duration.ofHours(28)),
            reply,
            viral.nativeId(),
            channel,
            rnd));
    return 1;
  }

  /** Sorts by time and makes every post's reply count at least the replies it really has. */
  static List<DemoPost> withReplyCounts(List<DemoPost> posts) {
    TreeMap<String, Integer> children = new TreeMap<>();
    for (DemoPost p : posts) {
      if (p.replyTo() != null) {
        children.merge(p.replyTo(), 1, Integer::sum);
      }
    }
    List<DemoPost> out = new ArrayList<>(posts.size());
    for (DemoPost p : posts) {
      int real = children.getOrDefault(p.nativeId(), 0);
      out.add(p.replies() >= real ? p : p.withReplies(real));
    }
    out.sort(Comparator.comparing(DemoPost::createdAt).thenComparing(DemoPost::nativeId));
    return List.copyOf(out);
  }
}
