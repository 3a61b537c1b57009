package org.brandpulse.app.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Chooses the posts to write broken: ordinary posts (no complaint, no thread, not retweeted) spread
 * over the file, so the planted counts of complaints, threads and duplicates stay true.
 */
final class Sabotage {
  private static final Set<PostKind> CARRIERS =
      Set.of(PostKind.PRAISE, PostKind.QUESTION, PostKind.PRODUCT, PostKind.SHARE, PostKind.PROMO);

  private Sabotage() {}

  static Map<String, MalformedRecord.Problem> social(List<DemoPost> posts) {
    Map<String, MalformedRecord.Problem> breaks = new TreeMap<>();
    pick(posts, 0.17, 0, breaks, MalformedRecord.Problem.TRUNCATED_JSON);
    pick(posts, 0.5, 0, breaks, MalformedRecord.Problem.INVALID_DATE);
    pick(posts, 0.83, 0, breaks, MalformedRecord.Problem.MISSING_TEXT);
    return breaks;
  }

  static Map<String, MalformedRecord.Problem> listening(List<DemoPost> posts) {
    Map<String, MalformedRecord.Problem> breaks = new TreeMap<>();
    pick(posts, 0.3, 1_000, breaks, MalformedRecord.Problem.NON_NUMERIC_FOLLOWERS);
    pick(posts, 0.7, 0, breaks, MalformedRecord.Problem.WRONG_COLUMN_COUNT);
    return breaks;
  }

  private static void pick(
      List<DemoPost> posts,
      double at,
      int minFollowers,
      Map<String, MalformedRecord.Problem> breaks,
      MalformedRecord.Problem problem) {
    Set<String> threaded = new TreeSet<>();
    Set<String> retweeted = new TreeSet<>();
    for (DemoPost p : posts) {
      if (p.replyTo() != null) {
        threaded.add(p.replyTo());
      }
      if (p.kind() == PostKind.RETWEET) {
        retweeted.add(p.text().substring(p.text().indexOf(": ") + 2));
      }
    }
    for (int i = (int) (posts.size() * at); i < posts.size(); i++) {
      DemoPost p = posts.get(i);
      if (CARRIERS.contains(p.kind())
          && p.replyTo() == null
          && !threaded.contains(p.nativeId())
          && !retweeted.contains(p.text())
          && p.author().followers() >= minFollowers
          && !breaks.containsKey(p.nativeId())) {
        breaks.put(p.nativeId(), problem);
        return;
      }
    }
    throw new IllegalStateException("no post after position " + at + " can carry " + problem);
  }
}
