package org.brandpulse.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.store.lucene.LucenePostStore;
import org.brandpulse.ingest.testing.Posts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the deduplicator on a generated stream: originals that share templates (hard negatives:
 * same sentence frame, different details), and copies of them (retweets, copy-paste spam with
 * cosmetic or small word edits). Prints precision and recall per copy kind.
 */
class DeduplicatorPrecisionTest {

  private static final long SEED = 20260301L;

  private enum Edit {
    RETWEET,
    NEW_LINK,
    SHOUTING,
    MENTION_AND_PUNCTUATION,
    EMOJI_APPENDED,
    WORD_APPENDED,
    LONG_TEXT_WORD_REPLACED
  }

  private static final String[] PRODUCTS = {
    "phone", "laptop", "blender", "rice cooker", "saree", "headphones", "kettle", "backpack",
    "watch", "fan", "mixer grinder", "power bank", "tablet", "camera", "jacket", "sneakers"
  };
  private static final String[] DAYS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "eid"
  };
  private static final String[] STATES = {
    "two days late",
    "on time",
    "a week late",
    "early",
    "damaged",
    "without the invoice",
    "in a torn box",
    "at the wrong address"
  };
  private static final String[] PARTS = {"screen", "battery", "charger", "box", "lid", "strap"};
  private static final String[] ADJS = {
    "cracked", "perfect", "missing", "scratched", "fine", "dead", "loose", "excellent"
  };
  private static final String[] REPLIES = {
    "wait three days",
    "send photos",
    "nothing at all",
    "they will refund",
    "call the courier",
    "it is my fault"
  };
  private static final String[] BN = {"ফোন", "ল্যাপটপ", "শাড়ি", "ঘড়ি", "জুতা", "ব্যাগ"};
  private static final String[] BN_STATES = {"দেরিতে", "সময়মতো", "ভাঙা অবস্থায়", "ভুল ঠিকানায়"};
  private static final String[] BN_ADJS = {"খুব খারাপ", "দারুণ", "মোটামুটি", "হতাশ হলাম"};

  @TempDir Path dir;

  private static final String[] SYLLABLES = {
    "ba", "za", "ri", "ko", "mun", "te", "shi", "lo", "দা", "রু", "ণ", "কা", "pa", "ne", "vu", "ra"
  };

  /** A long text (blog post, feed item): 400 words of a few thousand made-up ones. */
  private static String longText(Random r) {
    StringBuilder s = new StringBuilder("Bazarly mega sale");
    for (int i = 0; i < 400; i++) {
      s.append(' ');
      for (int syllables = 1 + r.nextInt(3); syllables > 0; syllables--) {
        s.append(pick(r, SYLLABLES));
      }
      s.append(i % 12 == 11 ? "." : "");
    }
    return s.toString();
  }

  private static String replaceOneWord(String text, Random r) {
    String[] words = text.split(" ");
    words[words.length / 4 + r.nextInt(words.length / 2)] = "বাজারলি";
    return String.join(" ", words);
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  private static String original(Random r) {
    return switch (r.nextInt(3)) {
      case 0 ->
          "Ordered a "
              + pick(r, PRODUCTS)
              + " from Bazarly on "
              + pick(r, DAYS)
              + " and it arrived "
              + pick(r, STATES)
              + ", the "
              + pick(r, PARTS)
              + " was "
              + pick(r, ADJS)
              + " and support said "
              + pick(r, REPLIES);
      case 1 ->
          "Bazarly "
              + pick(r, PRODUCTS)
              + " review: "
              + pick(r, ADJS)
              + " "
              + pick(r, PARTS)
              + ", "
              + pick(r, STATES)
              + " delivery, bought it on "
              + pick(r, DAYS)
              + ", support said "
              + pick(r, REPLIES);
      default ->
          "বাজারলি থেকে "
              + pick(r, BN)
              + " কিনেছিলাম "
              + pick(r, DAYS)
              + " এ, "
              + pick(r, BN_STATES)
              + " এসেছে, "
              + pick(r, BN_ADJS)
              + " #bazarly";
    };
  }

  private static String copy(String text, Edit edit, Random r) {
    return switch (edit) {
      case RETWEET -> "RT @user" + r.nextInt(1000) + ": " + text;
      case NEW_LINK -> text + " https://bit.ly/" + Integer.toString(r.nextInt(1 << 20), 36);
      case SHOUTING -> text.toUpperCase(Locale.ROOT) + "!!!";
      case MENTION_AND_PUNCTUATION ->
          "@bazarly_help " + text.replace(",", "").replace(":", " -") + "?!";
      case EMOJI_APPENDED -> text + " 😡😡";
      case WORD_APPENDED ->
          text + " " + pick(r, new String[] {"again", "seriously", "অসহ্য", "ugh"});
      case LONG_TEXT_WORD_REPLACED -> replaceOneWord(text, r);
    };
  }

  @Test
  void precisionOnRetweetsSpamAndTemplateSharingPosts() throws Exception {
    Random r = new Random(SEED);
    Set<String> texts = new LinkedHashSet<>();
    while (texts.size() < 300) {
      texts.add(original(r));
    }
    List<String> longTexts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      longTexts.add(longText(r));
    }
    // cluster: post id -> index of the original it was made from; originals are their own.
    List<Post> stream = new ArrayList<>();
    Map<String, Integer> cluster = new HashMap<>();
    Map<String, Edit> kinds = new HashMap<>();
    List<String> originals = new ArrayList<>(texts);
    originals.addAll(longTexts);
    Instant t = Posts.T0;
    for (int i = 0; i < originals.size(); i++) {
      stream.add(
          Posts.post("social:o" + i).text(originals.get(i)).at(t = t.plusSeconds(60)).post());
      cluster.put("social:o" + i, i);
    }
    Edit[] edits = Edit.values();
    for (int i = 0; i < 40 * edits.length; i++) {
      Edit edit = edits[i % edits.length];
      int source =
          edit == Edit.LONG_TEXT_WORD_REPLACED
              ? texts.size() + r.nextInt(longTexts.size())
              : r.nextInt(texts.size());
      String id = "social:c" + i;
      stream.add(
          Posts.post(id)
              .text(copy(originals.get(source), edit, r))
              .at(t = t.plusSeconds(60))
              .post());
      cluster.put(id, source);
      kinds.put(id, edit);
    }

    Map<Edit, int[]> perKind = new EnumMap<>(Edit.class);
    int truePositives = 0;
    int falsePositives = 0;
    try (LucenePostStore store = LucenePostStore.open(dir)) {
      Deduplicator dedup = new Deduplicator(store);
      List<AnalyzedPost> batch = new ArrayList<>();
      for (Post post : stream) {
        Verdict verdict = dedup.check(post);
        if (verdict.isDuplicate()) {
          // Right when it points into the same cluster: the original, or an earlier copy of it
          // that was itself stored because it was not recognised.
          if (kinds.containsKey(post.id())
              && cluster.get(verdict.originalId()).equals(cluster.get(post.id()))) {
            truePositives++;
            perKind.computeIfAbsent(kinds.get(post.id()), k -> new int[1])[0]++;
          } else {
            falsePositives++;
            System.out.println(
                "false positive: " + post.id() + " -> " + verdict + ": " + post.text());
          }
        } else {
          batch.add(Posts.post(post.id()).text(post.text()).at(post.createdAt()).build());
        }
        if (batch.size() == 50) {
          store.upsert(batch);
          batch.clear();
          dedup.clearWindow();
        }
      }
    }
    double precision = truePositives / (double) Math.max(1, truePositives + falsePositives);
    double recall = truePositives / (double) kinds.size();
    System.out.printf(
        Locale.ROOT,
        "dedup seed %d: %d originals, %d copies; precision %.3f, recall %.3f; found per kind %s%n",
        SEED,
        originals.size(),
        kinds.size(),
        precision,
        recall,
        found(perKind));
    assertThat(precision).isGreaterThanOrEqualTo(0.99);
    for (Edit cosmetic :
        List.of(Edit.RETWEET, Edit.NEW_LINK, Edit.SHOUTING, Edit.MENTION_AND_PUNCTUATION)) {
      assertThat(perKind.getOrDefault(cosmetic, new int[1])[0]).as(cosmetic.name()).isEqualTo(40);
    }
    // Word edits in tweet-length texts move a 3-shingle SimHash by 5 to 10 bits, beyond the
    // threshold of 3; in a 400-word text one edited word moves it by about 2.5 (measured 29/40).
    assertThat(perKind.getOrDefault(Edit.LONG_TEXT_WORD_REPLACED, new int[1])[0])
        .isGreaterThanOrEqualTo(24);
  }

  private static String clip(String text) {
    return text.length() <= 100 ? text : text.substring(0, 97) + "...";
  }

  private static String found(Map<Edit, int[]> perKind) {
    StringBuilder s = new StringBuilder();
    perKind.forEach((k, v) -> s.append(k).append('=').append(v[0]).append("/40 "));
    return s.toString().trim();
  }
}
