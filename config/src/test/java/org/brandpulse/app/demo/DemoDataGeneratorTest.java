package org.brandpulse.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.brandpulse.app.demo.MalformedRecord.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DemoDataGeneratorTest {
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 27);
  private static final long SEED = 42;
  private static final Instant FROM =
      LAST_DAY.minusDays(89).atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant UNTIL =
      LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path dir;
  private static DemoData data;

  @BeforeAll
  static void generate() throws IOException {
    data = DemoDataGenerator.generate(dir.resolve("demo"), LAST_DAY, SEED);
  }

  @Test
  void sameDayAndSeedGiveByteIdenticalFiles(@TempDir Path other) throws IOException {
    DemoData again = DemoDataGenerator.generate(other, LAST_DAY, SEED);
    for (DemoFile file : data.files()) {
      assertThat(Files.readAllBytes(other.resolve(file.name())))
          .as(file.name())
          .isEqualTo(Files.readAllBytes(file.path()));
    }
    assertThat(again)
        .usingRecursiveComparison()
        .ignoringFields("directory", "files")
        .isEqualTo(data);
    DemoData otherSeed = DemoDataGenerator.generate(other, LAST_DAY, SEED + 1);
    assertThat(Files.readAllBytes(other.resolve("social.jsonl")))
        .isNotEqualTo(Files.readAllBytes(dir.resolve("demo/social.jsonl")));
    assertThat(otherSeed.totalPosts()).isGreaterThanOrEqualTo(3_000);
  }

  @Test
  void writesFourFilesWithAtLeast3000PostsAndNoTempFiles() throws IOException {
    assertThat(data.files())
        .extracting(DemoFile::name)
        .containsExactly("social.jsonl", "listening.csv", "news.rss.xml", "blog.atom.xml");
    assertThat(data.totalPosts()).isGreaterThanOrEqualTo(3_000);
    assertThat(data.file("social.jsonl").records()).isBetween(1_900, 2_150);
    assertThat(data.file("listening.csv").records()).isBetween(850, 1_000);
    assertThat(data.file("news.rss.xml").records()).isEqualTo(60);
    assertThat(data.file("blog.atom.xml").records()).isEqualTo(40);
    for (DemoFile file : data.files()) {
      assertThat(Files.size(file.path())).isEqualTo(file.bytes());
    }
    try (var listing = Files.list(dir.resolve("demo"))) {
      assertThat(listing.map(p -> p.getFileName().toString()))
          .hasSize(4)
          .noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void languagesAreMostlyEnglishAndBengaliWithAFewOthers() throws IOException {
    Map<String, Long> langs = new TreeMap<>();
    for (JsonNode post : socialPosts()) {
      langs.merge(post.get("lang").asString(), 1L, Long::sum);
    }
    for (List<String> row : csvRows().values()) {
      langs.merge(row.get(6), 1L, Long::sum);
    }
    double total = langs.values().stream().mapToLong(Long::longValue).sum();
    assertThat(langs.get("en") / total).isBetween(0.60, 0.72);
    assertThat(langs.get("bn") / total).isBetween(0.25, 0.35);
    assertThat(langs).containsKeys("hi", "es", "ar");
    assertThat((langs.get("hi") + langs.get("es") + langs.get("ar")) / total).isBetween(0.02, 0.08);
    assertThat(data.languages().get("en") + data.languages().get("bn")).isGreaterThan(2_700);
    assertThat(Files.readString(dir.resolve("demo/social.jsonl")))
        .contains("বাজারলি", "ঢাকার্ট", "#EidSale");
  }

  @Test
  void everyPostButTheOffTopicOnesNamesABrand() throws Exception {
    List<String> texts = new ArrayList<>();
    socialPosts().forEach(p -> texts.add(p.get("full_text").asString()));
    csvRows().values().forEach(row -> texts.add(row.get(5)));
    long unbranded = texts.stream().filter(t -> !mentionsBrand(t)).count();
    assertThat(unbranded).isEqualTo(data.offTopic());
    assertThat(data.offTopic() / (double) texts.size()).isBetween(0.015, 0.05);
    for (String feed : List.of("news.rss.xml", "blog.atom.xml")) {
      Document doc = xml(feed);
      NodeList items = doc.getElementsByTagName(feed.startsWith("news") ? "item" : "entry");
      for (int i = 0; i < items.getLength(); i++) {
        assertThat(mentionsBrand(items.item(i).getTextContent())).as(feed + " item " + i).isTrue();
      }
    }
  }

  @Test
  void plantedMalformedRecordsAreExactlyWhereTheRecordSays() throws Exception {
    assertThat(data.malformed())
        .extracting(MalformedRecord::problem)
        .containsExactly(
            Problem.TRUNCATED_JSON,
            Problem.INVALID_DATE,
            Problem.MISSING_TEXT,
            Problem.NON_NUMERIC_FOLLOWERS,
            Problem.WRONG_COLUMN_COUNT,
            Problem.MISSING_DATE);
    Map<Integer, Problem> jsonl = planted("social.jsonl");
    List<String> lines =
        Files.readAllLines(dir.resolve("demo/social.jsonl"), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      Problem problem = jsonl.get(i + 1);
      String line = lines.get(i);
      if (problem == Problem.TRUNCATED_JSON) {
        assertThatThrownBy(() -> JSON.readTree(line)).isInstanceOf(JacksonException.class);
        continue;
      }
      JsonNode node = JSON.readTree(line);
      assertThat(node.has("full_text"))
          .as("line %d", i + 1)
          .isEqualTo(problem != Problem.MISSING_TEXT);
      String createdAt = node.get("created_at").asString();
      if (problem == Problem.INVALID_DATE) {
        assertThatThrownBy(() -> Instant.parse(createdAt))
            .isInstanceOf(java.time.format.DateTimeParseException.class);
      } else {
        assertThat(Instant.parse(createdAt))
            .as("line %d", i + 1)
            .isBetween(FROM, UNTIL.minusSeconds(1));
      }
    }
    Map<Integer, Problem> csv = planted("listening.csv");
    for (Map.Entry<Integer, List<String>> row : csvRows().entrySet()) {
      Problem problem = csv.get(row.getKey());
      assertThat(row.getValue())
          .as("csv line %d", row.getKey())
          .hasSize(problem == Problem.WRONG_COLUMN_COUNT ? 9 : 11);
      assertThat(row.getValue().get(4).matches("\\d+"))
          .as("csv line %d followers", row.getKey())
          .isEqualTo(problem != Problem.NON_NUMERIC_FOLLOWERS);
    }
    Map<Integer, Problem> rss = planted("news.rss.xml");
    List<String> rssLines =
        Files.readAllLines(dir.resolve("demo/news.rss.xml"), StandardCharsets.UTF_8);
    assertThat(rss).hasSize(1);
    int itemLine = rss.keySet().iterator().next();
    assertThat(rssLines.get(itemLine - 1).strip()).isEqualTo("<item>");
    assertThat(rssLines.subList(itemLine, itemLine + 6)).noneMatch(l -> l.contains("pubDate"));
    assertThat(rssLines.stream().filter(l -> l.contains("<pubDate>"))).hasSize(59);
  }

  @Test
  void feedsAreWellFormedAndDatedInsideTheWindow() throws Exception {
    Document rss = xml("news.rss.xml");
    NodeList pubDates = rss.getElementsByTagName("pubDate");
    for (int i = 0; i < pubDates.getLength(); i++) {
      Instant at =
          Instant.from(
              DateTimeFormatter.RFC_1123_DATE_TIME.parse(pubDates.item(i).getTextContent()));
      assertThat(at).isBetween(FROM, UNTIL.minusSeconds(1));
    }
    Document atom = xml("blog.atom.xml");
    assertThat(atom.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://www.w3.org/2005/Atom");
    NodeList entries = atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    assertThat(entries.getLength()).isEqualTo(40);
    for (int i = 0; i < entries.getLength(); i++) {
      Element entry = (Element) entries.item(i);
      Instant published = Instant.parse(child(entry, "published"));
      assertThat(published).isBetween(FROM, UNTIL.minusSeconds(1));
      assertThat(Instant.parse(child(entry, "updated")))
          .isBetween(published, UNTIL.minusSeconds(1));
      assertThat(child(entry, "id")).isNotBlank();
    }
    DateTimeFormatter csvDate = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    for (List<String> row : csvRows().values()) {
      Instant at = LocalDateTime.parse(row.get(1), csvDate).toInstant(ZoneOffset.UTC);
      assertThat(at).isBetween(FROM, UNTIL.minusSeconds(1));
    }
  }

  @Test
  void complaintsRepliesAndDuplicatesAreAsPlanted() throws IOException {
    assertThat(data.totalComplaints()).isGreaterThanOrEqualTo(250);
    assertThat(data.complaints())
        .containsKeys(
            org.brandpulse.nlp.ComplaintCategory.DAMAGED_DEFECTIVE,
            org.brandpulse.nlp.ComplaintCategory.LATE_MISSING_DELIVERY,
            org.brandpulse.nlp.ComplaintCategory.REFUND_RETURN,
            org.brandpulse.nlp.ComplaintCategory.BILLING_PAYMENT,
            org.brandpulse.nlp.ComplaintCategory.FRAUD_SCAM);
    assertThat(data.competitorComplaints()).isPositive().isLessThan(data.totalComplaints() / 3);
    List<JsonNode> posts = socialPosts();
    Map<String, JsonNode> byId =
        posts.stream().collect(Collectors.toMap(p -> p.get("id_str").asString(), p -> p));
    List<JsonNode> replies =
        posts.stream()
            .filter(p -> p.get("user").get("screen_name").asString().equals("bazarly_help"))
            .toList();
    assertThat(replies).hasSize(data.brandReplies());
    for (JsonNode reply : replies) {
      JsonNode parent = byId.get(reply.get("in_reply_to_status_id_str").asString());
      assertThat(parent).as("parent of %s", reply.get("id_str")).isNotNull();
      assertThat(reply.get("conversation_id_str").asString())
          .isEqualTo(parent.get("id_str").asString());
      assertThat(reply.get("full_text").asString())
          .contains("@" + parent.get("user").get("screen_name").asString());
      assertThat(Instant.parse(reply.get("created_at").asString()))
          .isAfter(Instant.parse(parent.get("created_at").asString()));
    }
    assertThat(posts.stream().filter(p -> p.get("full_text").asString().startsWith("RT @")))
        .hasSize(60);
    assertThat(data.retweets()).isEqualTo(60);
    assertThat(data.spamCopies()).isEqualTo(30);
    assertThat(new TreeSet<>(posts.stream().map(p -> p.get("id_str").asString()).toList()))
        .hasSize(posts.size());
    assertThat(
            posts.stream()
                .mapToInt(p -> p.get("user").get("followers_count").asInt())
                .max()
                .getAsInt())
        .isGreaterThan(100_000);
  }

  private static boolean mentionsBrand(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return data.brandTerms().stream().anyMatch(lower::contains);
  }

  private static Map<Integer, Problem> planted(String file) {
    Map<Integer, Problem> byLine = new TreeMap<>();
    data.malformed().stream()
        .filter(m -> m.file().equals(file))
        .forEach(m -> byLine.put(m.line(), m.problem()));
    return byLine;
  }

  /** The JSONL lines that are not planted broken, parsed. */
  private static List<JsonNode> socialPosts() throws IOException {
    Map<Integer, Problem> broken = planted("social.jsonl");
    List<String> lines =
        Files.readAllLines(dir.resolve("demo/social.jsonl"), StandardCharsets.UTF_8);
    List<JsonNode> posts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!broken.containsKey(i + 1)) {
        posts.add(JSON.readTree(lines.get(i)));
      }
    }
    return posts;
  }

  /** CSV data rows keyed by the line they start on (RFC 4180; BOM and header skipped). */
  private static Map<Integer, List<String>> csvRows() throws IOException {
    String text = Files.readString(dir.resolve("demo/listening.csv"), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF" + CsvWriter.HEADER + "\r\n");
    return MiniCsv.parse(text.substring(1)).entrySet().stream()
        .filter(e -> e.getKey() > 1)
        .collect(
            Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
  }

  private static Document xml(String file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(dir.resolve("demo").resolve(file).toFile());
  }

  private static String child(Element parent, String name) {
    return parent
        .getElementsByTagNameNS("http://www.w3.org/2005/Atom", name)
        .item(0)
        .getTextContent();
  }
}
