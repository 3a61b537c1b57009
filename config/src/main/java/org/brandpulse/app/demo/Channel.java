package org.brandpulse.app.demo;

import java.time.Instant;
import java.util.SplittableRandom;

/** Where a post appears: how its id and link look, and whether brand accounts post there. */
interface Channel {
  /** A new unique native id for a post made at that moment. */
  String nextId(Instant at);

  /** The link to a post. */
  String url(Persona author, String id, SplittableRandom rnd);

  /**
   * True for the social network (threads, brand accounts, retweets); false for the listening tool.
   */
  boolean social();

  /** Twitter-like snowflake ids (time in the high bits) and {@code social.example} links. */
  static Channel socialNetwork() {
    return new Channel() {
      private long sequence;

      @Override
      public String nextId(Instant at) {
        return Long.toString(
            ((at.toEpochMilli() - 1_288_834_974_657L) << 22) | (sequence++ & 0x3F_FFFF));
      }

      @Override
      public String url(Persona author, String id, SplittableRandom rnd) {
        return "https://social.example/" + author.handle() + "/status/" + id;
      }

      @Override
      public boolean social() {
        return true;
      }
    };
  }

  /** Numeric mention ids of a listening tool; links to the network each mention was found on. */
  static Channel listeningTool() {
    return new Channel() {
      private long sequence;

      @Override
      public String nextId(Instant at) {
        return Long.toString(5_200_000_000L + 13 * sequence++ + at.getEpochSecond() % 13);
      }

      @Override
      public String url(Persona author, String id, SplittableRandom rnd) {
        double roll = rnd.nextDouble();
        if (roll < 0.55) {
          return "https://facebook.example/" + author.handle() + "/posts/" + id;
        } else if (roll < 0.75) {
          return "https://instagram.example/p/" + Long.toString(Long.parseLong(id), 36);
        } else if (roll < 0.87) {
          return "https://video.example/watch?v="
              + Long.toString(Long.parseLong(id) * 7, 36)
              + "&lc="
              + id;
        }
        return "https://forum.example.com.bd/t/" + (10_000 + rnd.nextInt(90_000)) + "#post-" + id;
      }

      @Override
      public boolean social() {
        return false;
      }
    };
  }
}
