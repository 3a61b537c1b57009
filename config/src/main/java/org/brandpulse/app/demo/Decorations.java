package org.brandpulse.app.demo;

import java.util.SplittableRandom;

/** Hashtags and emoji people add to the end of a post. */
final class Decorations {
  private static final String[] HAPPY = {"❤️", "😍", "👍", "🙌", "✨", "🥰", "👌"};
  private static final String[] ANGRY = {"😡", "😤", "🤬", "💔", "🙄", "😞"};
  private static final String[] CURIOUS = {"🤔", "👀", "🙏"};
  private static final String[] SHOPPING = {"🛍️", "📦", "🔥", "🛒", "🎉", "💸"};
  private static final String[] CASUAL = {"😂", "😅", "🙂", "🌧️"};

  private Decorations() {}

  static String decorate(
      String text,
      PostKind kind,
      Voice voice,
      Brand brand,
      Timeline.Phase phase,
      SplittableRandom rnd) {
    StringBuilder out = new StringBuilder(text);
    if (rnd.nextDouble() < 0.22) {
      String[] set =
          switch (kind) {
            case PRAISE, COMPARE -> HAPPY;
            case COMPLAINT -> ANGRY;
            case QUESTION -> CURIOUS;
            case OFFTOPIC -> CASUAL;
            default -> SHOPPING;
          };
      out.append(' ').append(set[rnd.nextInt(set.length)]);
    }
    if (brand != null && rnd.nextDouble() < 0.3) {
      boolean bengali = voice == Voice.BN || (voice == Voice.BANGLISH && rnd.nextBoolean());
      String tag =
          bengali ? brand.hashtags.get(2) : brand.hashtags.get(rnd.nextDouble() < 0.75 ? 0 : 1);
      if (!out.toString().contains(tag)) {
        out.append(' ').append(tag);
      }
      if (phase == Timeline.Phase.SALE && rnd.nextDouble() < 0.6) {
        out.append(bengali ? " #ঈদ_অফার" : " #EidSale");
      } else if (kind == PostKind.COMPLAINT && brand == Brand.BAZARLY && rnd.nextDouble() < 0.25) {
        out.append(bengali ? " #বাজে_সার্ভিস" : " #BazarlyFail");
      }
    } else if (brand == null && rnd.nextDouble() < 0.1) {
      out.append(voice == Voice.BN ? " #ঢাকা" : " #Dhaka");
    }
    return out.toString();
  }
}
