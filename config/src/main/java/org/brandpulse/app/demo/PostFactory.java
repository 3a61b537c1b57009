package org.brandpulse.app.demo;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.brandpulse.nlp.ComplaintCategory;

/** Makes single posts: picks kind, voice, brand and author, fills a template, sets engagement. */
final class PostFactory {
  private static final PostKind[] KINDS = {
    PostKind.PRAISE, PostKind.QUESTION, PostKind.PRODUCT, PostKind.PROMO,
    PostKind.COMPARE, PostKind.SHARE, PostKind.COMPLAINT, PostKind.OFFICIAL
  };
  private static final double[][] KIND_MIX = { // NORMAL, SALE, INCIDENT; order of KINDS
    {17, 13, 20, 8, 5, 7, 13, 1}, {15, 10, 25, 25, 5, 3, 12, 2}, {8, 12, 12, 5, 8, 5, 45, 1}
  };
  static final ComplaintCategory[] CATEGORIES = {
    ComplaintCategory.DAMAGED_DEFECTIVE, ComplaintCategory.LATE_MISSING_DELIVERY,
    ComplaintCategory.REFUND_RETURN, ComplaintCategory.BILLING_PAYMENT,
    ComplaintCategory.FRAUD_SCAM, ComplaintCategory.CUSTOMER_SERVICE
  };
  private static final double[][] CATEGORY_MIX = {
    {22, 28, 18, 14, 13, 5}, {12, 20, 10, 40, 15, 3}, {5, 70, 10, 3, 2, 10}
  };
  private static final Voice[] VOICES = Voice.values();
  private static final double[] VOICE_MIX = {64, 25.5, 5, 2, 1.5, 2};
  private static final double OFF_TOPIC_SHARE = 0.03;

  private final Phrasebook book;
  private final Composer composer;
  private final Timeline timeline;
  private final People people;

  PostFactory(Phrasebook book, Timeline timeline, People people) {
    this.book = book;
    this.composer = new Composer(book);
    this.timeline = timeline;
    this.people = people;
  }

  People people() {
    return people;
  }

  /** The phrase-section suffix of a complaint category. */
  static String suffix(ComplaintCategory category) {
    return switch (category) {
      case DAMAGED_DEFECTIVE -> "damaged";
      case LATE_MISSING_DELIVERY -> "late";
      case REFUND_RETURN -> "refund";
      case BILLING_PAYMENT -> "payment";
      case FRAUD_SCAM -> "fraud";
      case CUSTOMER_SERVICE -> "service";
      default ->
          throw new IllegalArgumentException("no demo phrases for complaint category " + category);
    };
  }

  /** An original post (not a reply) on a day. */
  DemoPost original(int day, Channel channel, SplittableRandom rnd) {
    Timeline.Phase phase = timeline.phase(day);
    Voice voice = VOICES[weighted(VOICE_MIX, rnd)];
    Instant at = timeline.at(day, rnd);
    if (rnd.nextDouble() < OFF_TOPIC_SHARE) {
      return make(
          PostKind.OFFTOPIC,
          ComplaintCategory.NONE,
          voice,
          null,
          people.pick(voice, rnd),
          at,
          null,
          null,
          channel,
          rnd);
    }
    PostKind kind = KINDS[weighted(KIND_MIX[phase.ordinal()], rnd)];
    if (kind == PostKind.OFFICIAL) {
      Voice official = channel.social() && rnd.nextDouble() < 0.7 ? Voice.EN : Voice.BN;
      Persona author = channel.social() ? People.BAZARLY : people.pick(official, rnd);
      kind = channel.social() ? kind : PostKind.PROMO;
      return make(
          kind,
          ComplaintCategory.NONE,
          official,
          Brand.BAZARLY,
          author,
          at,
          null,
          null,
          channel,
          rnd);
    }
    ComplaintCategory category = ComplaintCategory.NONE;
    if (kind == PostKind.COMPLAINT) {
      category = CATEGORIES[weighted(CATEGORY_MIX[phase.ordinal()], rnd)];
      for (int i = 0; !book.has(voice, "complaint." + suffix(category)); i++) {
        category = CATEGORIES[i];
      }
    } else if (!book.has(voice, kind.section)) {
      kind = book.has(voice, "product") && rnd.nextBoolean() ? PostKind.PRODUCT : PostKind.PRAISE;
    }
    double bazarlyShare = kind == PostKind.COMPLAINT ? 0.82 : 0.68;
    Brand brand =
        rnd.nextDouble() < bazarlyShare
            ? Brand.BAZARLY
            : rnd.nextBoolean() ? Brand.SHOPNEST : Brand.DHAKART;
    boolean influencer =
        channel.social() && (voice == Voice.EN || voice == Voice.BN) && rnd.nextDouble() < 0.025;
    Persona author = influencer ? influencer(voice, rnd) : people.pick(voice, rnd);
    return make(kind, category, voice, brand, author, at, null, null, channel, rnd);
  }

  /** A post of a given kind; replies pass the parent's id, conversation and author. */
  DemoPost make(
      PostKind kind,
      ComplaintCategory category,
      Voice voice,
      Brand brand,
      Persona author,
      Instant at,
      DemoPost parent,
      String conversation,
      Channel channel,
      SplittableRandom rnd) {
    String section = kind == PostKind.COMPLAINT ? "complaint." + suffix(category) : kind.section;
    return make(
        section, kind, category, voice, brand, author, at, parent, conversation, channel, rnd);
  }

  /** A post drawn from an explicit phrase section. */
  DemoPost make(
      String section,
      PostKind kind,
      ComplaintCategory category,
      Voice voice,
      Brand brand,
      Persona author,
      Instant at,
      DemoPost parent,
      String conversation,
      Channel channel,
      SplittableRandom rnd) {
    List<String> templates = book.section(voice, section);
    if (templates.isEmpty()) {
      throw new IllegalStateException("no [" + section + "] phrases in /demo/" + voice.resource);
    }
    Brand rival =
        brand == Brand.BAZARLY
            ? (rnd.nextBoolean() ? Brand.SHOPNEST : Brand.DHAKART)
            : Brand.BAZARLY;
    Brand named = brand == null ? Brand.BAZARLY : brand;
    String user = parent == null ? null : parent.author().handle();
    String text =
        composer.fill(templates.get(rnd.nextInt(templates.size())), voice, named, rival, user, rnd);
    if (parent == null && kind != PostKind.OFFICIAL && kind != PostKind.VIRAL) {
      text =
          Decorations.decorate(text, kind, voice, brand, timeline.phase(timeline.dayOf(at)), rnd);
    }
    String id = channel.nextId(at);
    int[] eng = engagement(author, kind, rnd);
    return new DemoPost(
        id,
        at,
        text,
        voice.lang,
        author,
        parent == null ? null : parent.nativeId(),
        conversation == null ? id : conversation,
        channel.url(author, id, rnd),
        kind,
        category,
        brand,
        eng[0],
        eng[1],
        eng[2]);
  }

  private static Persona influencer(Voice voice, SplittableRandom rnd) {
    List<Persona> matching = People.INFLUENCERS.stream().filter(p -> p.voice() == voice).toList();
    return matching.get(rnd.nextInt(matching.size()));
  }

  /**
   * Likes, shares and replies: grow sub-linearly with followers, log-normal noise, per-kind rate.
   */
  static int[] engagement(Persona author, PostKind kind, SplittableRandom rnd) {
    double rate =
        switch (kind) {
          case COMPLAINT, VIRAL -> 0.035;
          case PROMO, SPAM -> 0.008;
          case HELP_REPLY, FOLLOW_UP, SAME_ISSUE, RETWEET -> 0.01;
          default -> 0.02;
        };
    double reach = StrictMath.pow(author.followers() + 5.0, 0.85);
    int likes = (int) (reach * rate * logNormal(0.9, rnd));
    int shares = (int) (likes * (0.04 + 0.25 * rnd.nextDouble()));
    double talk = kind == PostKind.COMPLAINT || kind == PostKind.QUESTION ? 0.25 : 0.08;
    int replies = (int) (likes * talk * rnd.nextDouble()) + (rnd.nextDouble() < 0.2 ? 1 : 0);
    return new int[] {likes, shares, replies};
  }

  static double logNormal(double sigma, SplittableRandom rnd) {
    double u1 = 1.0 - rnd.nextDouble();
    double u2 = rnd.nextDouble();
    double gauss =
        StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    return StrictMath.exp(sigma * gauss);
  }

  static int weighted(double[] weights, SplittableRandom rnd) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    double pick = rnd.nextDouble() * sum;
    for (int i = 0; i < weights.length - 1; i++) {
      pick -= weights[i];
      if (pick < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
