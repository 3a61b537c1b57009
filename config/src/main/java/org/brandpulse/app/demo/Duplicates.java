package org.brandpulse.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.brandpulse.nlp.ComplaintCategory;

/** Near-duplicates a de-duplicator must catch: retweets and copy-paste spam with tiny edits. */
final class Duplicates {
  static final int RETWEETS = 60;
  static final int VIRAL_RETWEETS = 25;
  static final int SPAM = 30;
  private static final String[] EDITS_EMOJI = {"🔥", "💥", "✅", "🎁", "‼️"};

  private final Timeline timeline;
  private final Phrasebook book;
  private final Channel channel;
  private final People people;

  Duplicates(Timeline timeline, Phrasebook book, Channel channel, People people) {
    this.timeline = timeline;
    this.book = book;
    this.channel = channel;
    this.people = people;
  }

  /** Adds {@value #RETWEETS} retweets: of the viral post and of popular on-topic posts. */
  int retweets(List<DemoPost> posts, SplittableRandom rnd) {
    DemoPost viral =
        posts.stream().filter(p -> p.kind() == PostKind.VIRAL).findFirst().orElseThrow();
    List<DemoPost> popular =
        posts.stream()
            .filter(
                p ->
                    p.replyTo() == null
                        && p.kind() != PostKind.OFFTOPIC
                        && p.kind() != PostKind.VIRAL)
            .sorted(
                Comparator.comparingInt(DemoPost::likes)
                    .reversed()
                    .thenComparing(DemoPost::nativeId))
            .limit(120)
            .toList();
    int added = 0;
    TreeSet<String> retweeted = new TreeSet<>();
    while (added < RETWEETS) {
      DemoPost original = added < VIRAL_RETWEETS ? viral : popular.get(rnd.nextInt(popular.size()));
      double hours =
          added < VIRAL_RETWEETS ? 30 * rnd.nextDouble() * rnd.nextDouble() : 48 * rnd.nextDouble();
      Instant at = original.createdAt().plus(Duration.ofMinutes(3 + (long) (hours * 60)));
      if (!at.isBefore(timeline.end())
          || (added >= VIRAL_RETWEETS && !retweeted.add(original.nativeId()))) {
        continue;
      }
      Voice voice = original.lang().equals("bn") ? Voice.BN : Voice.EN;
      Persona author = people.pick(voice, rnd);
      String id = channel.nextId(at);
      posts.add(
          new DemoPost(
              id,
              at,
              "RT @" + original.author().handle() + ": " + original.text(),
              original.lang(),
              author,
              null,
              id,
              channel.url(author, id, rnd),
              PostKind.RETWEET,
              ComplaintCategory.NONE,
              original.brand(),
              0,
              0,
              0));
      added++;
    }
    return added;
  }

  /**
   * Adds {@value #SPAM} spam posts: a few texts pasted by bots with tiny edits, mostly in the sale.
   */
  int spam(List<DemoPost> posts, SplittableRandom rnd) {
    List<String> bases = new ArrayList<>();
    book.section(Voice.EN, "spam").forEach(bases::add);
    book.section(Voice.BN, "spam").forEach(bases::add);
    String[] codes = new String[bases.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = Long.toString(100_000 + rnd.nextInt(900_000), 36);
    }
    for (int i = 0; i < SPAM; i++) {
      int group = i % bases.size();
      String text =
          bases
              .get(group)
              .replace("{code}", rnd.nextDouble() < 0.7 ? codes[group] : codes[group] + i);
      text = edit(text, rnd);
      int day =
          rnd.nextDouble() < 0.6
              ? Timeline.SALE_FROM + rnd.nextInt(Timeline.SALE_DAYS)
              : rnd.nextInt(Timeline.DAYS);
      Instant at = timeline.at(day, rnd);
      Persona bot = People.BOTS.get(rnd.nextInt(People.BOTS.size()));
      String id = channel.nextId(at);
      String lang = group < book.section(Voice.EN, "spam").size() ? "en" : "bn";
      posts.add(
          new DemoPost(
              id,
              at,
              text,
              lang,
              bot,
              null,
              id,
              channel.url(bot, id, rnd),
              PostKind.SPAM,
              ComplaintCategory.NONE,
              Brand.BAZARLY,
              rnd.nextInt(2),
              0,
              0));
    }
    return SPAM;
  }

  /** One or two small edits: an emoji, shouting, doubled punctuation, a dropped hashtag. */
  static String edit(String text, SplittableRandom rnd) {
    String out = text;
    int edits = 1 + rnd.nextInt(2);
    for (int i = 0; i < edits; i++) {
      switch (rnd.nextInt(5)) {
        case 0 -> out = out + " " + EDITS_EMOJI[rnd.nextInt(EDITS_EMOJI.length)];
        case 1 -> out = out.replaceFirst("Claim now|order here|Limited stock", "CLAIM NOW");
        case 2 -> out = out.replaceFirst("!", "!!!");
        case 3 ->
            out =
                out.lastIndexOf(" #") > out.indexOf("http")
                    ? out.substring(0, out.lastIndexOf(" #"))
                    : out + " .";
        default ->
            out =
                EDITS_EMOJI[rnd.nextInt(EDITS_EMOJI.length)]
                    + " "
                    + out.toUpperCase(Locale.ROOT).substring(0, 1)
                    + out.substring(1);
      }
    }
    return out;
  }
}
