package org.brandpulse.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.brandpulse.nlp.ComplaintCategory;

/**
 * Writes the Brandpulse demo data set: about 3,000 made-up posts about the online shop Bazarly and
 * its competitors ShopNest and Dhakart over the 90 days ending on a given day (UTC), in English,
 * Bengali and a few other languages, with complaints, support replies, events, near-duplicates,
 * off-topic posts and a few malformed records.
 *
 * <p>The same {@code lastDay} and {@code seed} give byte-identical files: all randomness comes from
 * one {@link SplittableRandom}, output order never depends on hash order, and numbers and dates are
 * formatted with fixed patterns. Each file is written to a temporary file and moved into place.
 */
public final class DemoDataGenerator {
  /** Days covered, ending with {@code lastDay}. */
  public static final int DAYS = Timeline.DAYS;

  private DemoDataGenerator() {}

  /**
   * Writes {@code social.jsonl}, {@code listening.csv}, {@code news.rss.xml} and {@code
   * blog.atom.xml} into {@code outDir} (created if missing, files replaced).
   *
   * @param outDir the folder to write into
   * @param lastDay the last day of the data, usually today (UTC)
   * @param seed the random seed
   * @return what was written and planted
   * @throws IOException when a file cannot be written
   */
  public static DemoData generate(Path outDir, LocalDate lastDay, long seed) throws IOException {
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(lastDay, "lastDay");
    Files.createDirectories(outDir);
    Timeline timeline = new Timeline(lastDay);
    Phrasebook book = Phrasebook.load();
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom socialRnd = root.split();
    SplittableRandom listeningRnd = root.split();
    SplittableRandom feedRnd = root.split();

    People socialPeople = new People(520, false, socialRnd);
    SocialPlanner.Plan social =
        new SocialPlanner(new PostFactory(book, timeline, socialPeople), timeline, book)
            .plan(socialRnd);
    People listeningPeople = new People(300, true, listeningRnd);
    List<DemoPost> listening =
        new ListeningPlanner(new PostFactory(book, timeline, listeningPeople), timeline)
            .plan(listeningRnd);
    FeedPlanner feeds = new FeedPlanner(book, timeline);
    List<FeedItem> news = feeds.news(feedRnd);
    List<FeedItem> blog = feeds.blog(feedRnd);

    Written jsonl = JsonlWriter.write(social.posts(), Sabotage.social(social.posts()));
    Written csv = CsvWriter.write(listening, Sabotage.listening(listening));
    Set<String> undated = Set.of(news.get(news.size() / 3).id());
    Written rss = FeedWriter.rss(news, undated);

    List<DemoFile> files = new ArrayList<>();
    files.add(
        file(
            outDir.resolve(JsonlWriter.FILE),
            jsonl.content(),
            social.posts().size(),
            jsonl.malformed().size()));
    files.add(
        file(
            outDir.resolve(CsvWriter.FILE),
            csv.content(),
            listening.size(),
            csv.malformed().size()));
    files.add(
        file(outDir.resolve(FeedWriter.RSS_FILE), rss.content(), news.size(), undated.size()));
    files.add(file(outDir.resolve(FeedWriter.ATOM_FILE), FeedWriter.atom(blog), blog.size(), 0));

    List<MalformedRecord> malformed = new ArrayList<>(jsonl.malformed());
    malformed.addAll(csv.malformed());
    malformed.addAll(rss.malformed());
    Set<String> broken = new TreeSet<>();
    malformed.forEach(m -> broken.add(m.recordId()));

    Map<String, Integer> languages = new TreeMap<>();
    Map<ComplaintCategory, Integer> complaints = new EnumMap<>(ComplaintCategory.class);
    int competitor = 0;
    int offTopic = 0;
    List<DemoPost> posts = new ArrayList<>(social.posts());
    posts.addAll(listening);
    for (DemoPost p : posts) {
      if (broken.contains(p.nativeId())) {
        continue;
      }
      languages.merge(p.lang(), 1, Integer::sum);
      if (p.isComplaint()) {
        complaints.merge(p.category(), 1, Integer::sum);
        competitor += p.brand() == Brand.BAZARLY ? 0 : 1;
      }
      offTopic += p.kind() == PostKind.OFFTOPIC ? 1 : 0;
    }
    for (FeedItem item : concat(news, blog)) {
      if (!broken.contains(item.id())) {
        languages.merge(item.lang(), 1, Integer::sum);
      }
    }
    return new DemoData(
        outDir,
        timeline.first,
        timeline.last,
        seed,
        files,
        languages,
        complaints,
        competitor,
        offTopic,
        social.retweets(),
        social.spam(),
        social.brandReplies(),
        malformed,
        timeline.events(),
        Brand.QUERY_TERMS);
  }

  private static DemoFile file(Path path, String content, int records, int malformed)
      throws IOException {
    long bytes = AtomicFiles.write(path, content);
    return new DemoFile(path, records, records - malformed, bytes);
  }

  private static List<FeedItem> concat(List<FeedItem> a, List<FeedItem> b) {
    List<FeedItem> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
