package org.brandpulse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.brandpulse.app.testing.CliRun;
import org.brandpulse.nlp.Complaint;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.TextAnalyzer;
import org.brandpulse.nlp.TextAnalyzers;
import org.brandpulse.nlp.eval.LabeledReply;
import org.brandpulse.nlp.eval.ReplyEvaluation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's category measure over every inbound support tweet, labelled or not: the share of the
 * posts the fast tier analyses as complaints whose category is OTHER, on all 2,778 inbound rows of
 * {@code real/support-tweets/twcs-sample.csv}, each analysed in the stream of its brand (found as
 * the data card {@code eval/support-replies-CARD.md} says: the company handle the text mentions,
 * else the company found by following the reply links). Prints the figure; the shipped rules (round
 * 2's) give 24.9 % of 1,401 complaints, so the ceiling is the "under a quarter".
 */
class EvalRepliesOtherShareTest {
  private static final Path TWEETS = CliRun.sharedData("real/support-tweets/twcs-sample.csv");
  private static final Pattern MENTION = Pattern.compile("@(\\w+)");

  private record Row(String id, String author, boolean inbound, String text, List<String> links) {}

  @Test
  void otherShareOfComplaintsOverAllInboundSupportTweets() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(TWEETS), "shared data absent: " + TWEETS);
    Map<String, Row> rows = read();
    Map<String, String> brands = new HashMap<>();
    for (Row r : rows.values()) {
      if (!r.inbound()) {
        brands.put(r.author().toLowerCase(Locale.ROOT), r.author());
      }
    }
    Map<String, List<String>> neighbours = new HashMap<>();
    for (Row r : rows.values()) {
      for (String other : r.links()) {
        neighbours.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(other);
        neighbours.computeIfAbsent(other, k -> new ArrayList<>()).add(r.id());
      }
    }
    // the rule reproduces the brand of every labelled row
    try (Reader in =
        new java.io.InputStreamReader(
            EvalRepliesOtherShareTest.class.getResourceAsStream("/eval/support-replies-labels.csv"),
            StandardCharsets.UTF_8)) {
      for (CSVRecord l : EvalRepliesCommandTest.header().parse(in)) {
        assertThat(brandOf(rows.get(l.get("id")), rows, brands, neighbours))
            .as("brand of %s", l.get("id"))
            .isEqualTo(l.get("brand"));
      }
    }
    TextAnalyzer fast = TextAnalyzers.fast();
    int inbound = 0;
    int complaints = 0;
    int other = 0;
    for (Row r : rows.values()) {
      if (!r.inbound()) {
        continue;
      }
      inbound++;
      String brand = brandOf(r, rows, brands, neighbours);
      LabeledReply post = new LabeledReply(r.id(), 0, r.text(), false, null, null, brand);
      Complaint c = fast.analyze(r.text(), ReplyEvaluation.contextOf(post)).complaint();
      if (c.isComplaint()) {
        complaints++;
        other += c.category() == ComplaintCategory.OTHER ? 1 : 0;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "support tweets, all inbound: %d posts, %d analysed as complaints, OTHER %d = %.1f %%%n",
        inbound,
        complaints,
        other,
        100.0 * other / complaints);
    assertThat(inbound).isEqualTo(2778);
    assertThat((double) other / complaints).isLessThan(0.25);
  }

  /** The company handle the text mentions, else the company met first along the reply links. */
  private static String brandOf(
      Row r, Map<String, Row> rows, Map<String, String> brands, Map<String, List<String>> links) {
    Matcher m = MENTION.matcher(r.text());
    while (m.find()) {
      String b = brands.get(m.group(1).toLowerCase(Locale.ROOT));
      if (b != null) {
        return b;
      }
    }
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(r.id()));
    while (!todo.isEmpty()) {
      String id = todo.removeFirst();
      Row x = rows.get(id);
      if (!seen.add(id) || x == null) {
        continue;
      }
      if (!x.inbound()) {
        return x.author();
      }
      todo.addAll(links.getOrDefault(id, List.of()));
    }
    return null;
  }

  private static Map<String, Row> read() throws IOException {
    // line 2589 of the sample holds bare CRs inside an unquoted field: records end at LF only
    String csv = Files.readString(TWEETS, StandardCharsets.UTF_8).replaceAll("\r(?!\n)", " ");
    Map<String, Row> rows = new java.util.LinkedHashMap<>();
    try (Reader in = new StringReader(csv)) {
      for (CSVRecord r : EvalRepliesCommandTest.header().parse(in)) {
        List<String> links = new ArrayList<>();
        for (String id : r.get("response_tweet_id").split(",")) {
          if (!id.isBlank()) {
            links.add(id.strip());
          }
        }
        String parent = r.get("in_response_to_tweet_id");
        if (!parent.isBlank()) {
          links.add(String.valueOf((long) Double.parseDouble(parent)));
        }
        rows.put(
            r.get("tweet_id"),
            new Row(
                r.get("tweet_id"),
                r.get("author_id"),
                r.get("inbound").equals("True"),
                r.get("text"),
                links));
      }
    }
    return rows;
  }
}
