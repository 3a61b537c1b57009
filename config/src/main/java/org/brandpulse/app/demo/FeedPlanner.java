package org.brandpulse.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;

/** Plans the news items of {@code news.rss.xml} and the entries of {@code blog.atom.xml}. */
final class FeedPlanner {
  static final int NEWS = 60;
  static final int BLOG = 40;
  private static final String FILE = "feeds.txt";
  private static final DateTimeFormatter PATH_DATE =
      DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT);

  private final Phrasebook book;
  private final Composer composer;
  private final Timeline timeline;

  FeedPlanner(Phrasebook book, Timeline timeline) {
    this.book = book;
    this.composer = new Composer(book);
    this.timeline = timeline;
  }

  List<FeedItem> news(SplittableRandom rnd) {
    List<String> outlets = book.section(FILE, "@outlet");
    List<String> reporters = book.section(FILE, "@reporter");
    List<FeedItem> items = new ArrayList<>();
    TreeSet<String> titles = new TreeSet<>();
    for (int i = 0; i < NEWS; i++) {
      String section;
      int day;
      if (i < 8) {
        section = "news.sale";
        day = Timeline.SALE_FROM + 1 + i % (Timeline.SALE_DAYS - 1);
      } else if (i < 16) {
        section = "news.incident";
        day = Timeline.INCIDENT_FROM + 1 + (i - 8) % (Timeline.INCIDENT_DAYS - 1);
      } else if (i < 18) {
        section = "news.viral";
        day = Timeline.VIRAL_DAY + 1;
      } else {
        section = i < 26 ? "news.fraud" : i < 40 ? "news.review" : "news.general";
        day = rnd.nextInt(Timeline.DAYS);
      }
      String[] text;
      String[] outlet;
      int attempts = 0;
      do {
        if (attempts++ > 200) {
          throw new IllegalStateException(
              "demo news section [" + section + "] has too few distinct titles");
        }
        text = draw(section, rnd);
        outlet = outlet(outlets, text[2], rnd);
      } while (!titles.add(text[0] + " - " + outlet[1]));
      text[0] = text[0] + " - " + outlet[1];
      Instant at = timeline.at(day, rnd);
      String link =
          "https://news.example/"
              + outlet[0]
              + "/"
              + PATH_DATE.format(timeline.date(day))
              + "/article-"
              + (1000 + i);
      String author = rnd.nextDouble() < 0.8 ? reporters.get(rnd.nextInt(reporters.size())) : null;
      items.add(new FeedItem(link, text[0], text[1], link, author, at, at, text[2]));
    }
    return sorted(items);
  }

  List<FeedItem> blog(SplittableRandom rnd) {
    List<String> bloggers = book.section(FILE, "@blogger");
    List<FeedItem> items = new ArrayList<>();
    TreeSet<String> titles = new TreeSet<>();
    for (int i = 0; i < BLOG; i++) {
      String section = i < 2 ? "blog.shop.incident" : i < 10 ? "blog.shop" : "blog.blogger";
      int day =
          i < 2
              ? Timeline.INCIDENT_FROM + 3 * i + 1
              : i < 4 ? Timeline.SALE_FROM - 2 + i : rnd.nextInt(Timeline.DAYS);
      String author =
          section.startsWith("blog.shop")
              ? "Bazarly Team"
              : bloggers.get(rnd.nextInt(bloggers.size()));
      while (author.equals("Bazarly Team") && !section.startsWith("blog.shop")) {
        author = bloggers.get(rnd.nextInt(bloggers.size()));
      }
      String[] text = draw(section, rnd);
      for (int attempt = 0; !titles.add(text[0]); attempt++) {
        text = draw(section, rnd);
        if (attempt > 50) {
          throw new IllegalStateException(
              "demo blog section [" + section + "] has too few distinct titles");
        }
      }
      if (i >= 2 && (text[0].contains("Eid") || text[0].contains("ঈদ"))) {
        day = Timeline.SALE_FROM - 1 + rnd.nextInt(2);
      }
      Instant at = timeline.at(day, rnd);
      Instant updated =
          rnd.nextDouble() < 0.2 ? at.plus(Duration.ofMinutes(30 + rnd.nextInt(600))) : at;
      updated = updated.isBefore(timeline.end()) ? updated : at;
      String host =
          author.equals("Bazarly Team")
              ? "blog.bazarly.com"
              : "blogger" + (bloggers.indexOf(author) + 1) + ".blog.example";
      String link =
          "https://" + host + "/" + PATH_DATE.format(timeline.date(day)) + "/post-" + (200 + i);
      String id = "tag:" + host + "," + timeline.date(day).getYear() + ":post-" + (200 + i);
      items.add(new FeedItem(id, text[0], text[1], link, author, at, updated, text[2]));
    }
    return sorted(items);
  }

  /** Title, summary and language of a random entry of the section, slots filled. */
  private String[] draw(String section, SplittableRandom rnd) {
    List<String> entries = book.section(FILE, section);
    String[] parts = entries.get(rnd.nextInt(entries.size())).split(" \\|\\| ", 2);
    Voice voice = lang(parts[0]).equals("bn") ? Voice.BN : Voice.EN;
    return new String[] {
      composer.fill(parts[0], voice, Brand.BAZARLY, Brand.SHOPNEST, null, rnd),
      composer.fill(parts[1], voice, Brand.BAZARLY, Brand.SHOPNEST, null, rnd),
      voice.lang
    };
  }

  /** An outlet ({@code slug|name}) publishing in that language. */
  private static String[] outlet(List<String> outlets, String lang, SplittableRandom rnd) {
    while (true) {
      String[] outlet = outlets.get(rnd.nextInt(outlets.size())).split("\\|");
      boolean bengaliName = lang(outlet[1]).equals("bn");
      if (lang.equals("bn") ? bengaliName || outlet[0].equals("meghna-daily") : !bengaliName) {
        return outlet;
      }
    }
  }

  static String lang(String text) {
    return text.codePoints().anyMatch(c -> c >= 0x0980 && c <= 0x09FF) ? "bn" : "en";
  }

  private static List<FeedItem> sorted(List<FeedItem> items) {
    items.sort(Comparator.comparing(FeedItem::published).reversed().thenComparing(FeedItem::id));
    return List.copyOf(items);
  }
}
