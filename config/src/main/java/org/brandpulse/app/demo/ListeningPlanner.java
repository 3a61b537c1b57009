package org.brandpulse.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plans {@code listening.csv}: mentions a listening tool found on other networks (Facebook-like
 * posts, Instagram, video comments, forums). Different people and ids than the social file; some
 * long posts span several lines.
 */
final class ListeningPlanner {
  static final int MENTIONS = 960;
  private static final List<String> AFTERTHOUGHTS_EN =
      List.of(
          "Please share so others are careful.",
          "Update: still nothing.",
          "Has anyone else had this?");
  private static final List<String> AFTERTHOUGHTS_BN =
      List.of(
          "শেয়ার করে সবাইকে সতর্ক করুন।", "আপডেট: এখনও কিছু হয়নি।", "আর কারো সাথে এমন হয়েছে?");

  private final PostFactory factory;
  private final Timeline timeline;
  private final Channel channel = Channel.listeningTool();

  ListeningPlanner(PostFactory factory, Timeline timeline) {
    this.factory = factory;
    this.timeline = timeline;
  }

  List<DemoPost> plan(SplittableRandom rnd) {
    List<DemoPost> posts = new ArrayList<>(MENTIONS);
    int[] perDay = timeline.allocate(MENTIONS, rnd);
    for (int day = 0; day < Timeline.DAYS; day++) {
      for (int i = 0; i < perDay[day]; i++) {
        DemoPost post = factory.original(day, channel, rnd);
        if (post.isComplaint() && rnd.nextDouble() < 0.15) {
          List<String> extra = post.lang().equals("bn") ? AFTERTHOUGHTS_BN : AFTERTHOUGHTS_EN;
          String text = post.text() + "\n\n" + extra.get(rnd.nextInt(extra.size()));
          post =
              new DemoPost(
                  post.nativeId(),
                  post.createdAt(),
                  text,
                  post.lang(),
                  post.author(),
                  null,
                  post.conversation(),
                  post.url(),
                  post.kind(),
                  post.category(),
                  post.brand(),
                  post.likes(),
                  post.shares(),
                  post.replies());
        }
        posts.add(post);
      }
    }
    return SocialPlanner.withReplyCounts(posts);
  }
}
