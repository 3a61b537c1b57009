package org.brandpulse.ingest.store.lucene;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.Engagement;
import org.brandpulse.ingest.Post;
import org.brandpulse.nlp.Complaint;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.Entity;
import org.brandpulse.nlp.EntityType;
import org.brandpulse.nlp.Sentiment;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.nlp.Severity;
import org.brandpulse.nlp.TextAnalysis;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored form of an {@link AnalyzedPost}: explicit, versioned JSON.
 *
 * <p>Every document carries {@code "schemaVersion"}; {@link #SCHEMA_VERSION} is what this code
 * writes. Reading accepts every version up to it (absent optional fields read as null or empty), so
 * an index written by an older Brandpulse stays readable; a newer version is refused with a message
 * rather than misread. Field names are spelled out here, not derived from the records, so renaming
 * a Java component never changes the stored format. Thread-safe.
 */
public final class PostJson {

  /** The schema version this code writes. Version 1: the fields below. */
  public static final int SCHEMA_VERSION = 1;

  private final JsonMapper mapper = JsonMapper.builder().build();

  /** The JSON of a post. */
  public String write(AnalyzedPost ap) {
    ObjectNode root = mapper.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    Post p = ap.post();
    ObjectNode post = root.putObject("post");
    post.put("id", p.id());
    post.put("source", p.source());
    post.put("url", p.url());
    ObjectNode author = post.putObject("author");
    author.put("handle", p.author().handle());
    author.put("name", p.author().name());
    author.put("followers", p.author().followers());
    post.put("text", p.text());
    post.put("language", p.language());
    post.put("createdAt", p.createdAt().toString());
    post.put("threadId", p.threadId());
    post.put("replyToId", p.replyToId());
    ObjectNode engagement = post.putObject("engagement");
    engagement.put("likes", p.engagement().likes());
    engagement.put("shares", p.engagement().shares());
    engagement.put("replies", p.engagement().replies());
    post.put("fetchedAt", p.fetchedAt().toString());
    strings(root.putArray("brands"), ap.sortedBrands());
    writeAnalysis(root.putObject("analysis"), ap.analysis());
    strings(root.putArray("duplicateIds"), List.copyOf(new TreeSet<>(ap.duplicateIds())));
    return mapper.writeValueAsString(root);
  }

  /**
   * The post in a JSON document written by any schema version up to {@link #SCHEMA_VERSION}.
   *
   * @throws IllegalArgumentException naming the post id (when readable) and the problem
   */
  public AnalyzedPost read(String json) {
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("stored post is not JSON: " + e.getOriginalMessage(), e);
    }
    String id = text(root.path("post"), "id");
    int version = root.path("schemaVersion").asInt(0);
    if (version < 1 || version > SCHEMA_VERSION) {
      throw new IllegalArgumentException(
          "stored post "
              + id
              + " has schemaVersion "
              + version
              + "; this build reads 1 to "
              + SCHEMA_VERSION
              + " (an index written by a newer Brandpulse?)");
    }
    try {
      JsonNode post = root.path("post");
      JsonNode a = post.path("author");
      JsonNode e = post.path("engagement");
      Post p =
          new Post(
              id,
              text(post, "source"),
              text(post, "url"),
              new Author(text(a, "handle"), text(a, "name"), a.path("followers").asLong(0)),
              text(post, "text"),
              text(post, "language"),
              Instant.parse(text(post, "createdAt")),
              text(post, "threadId"),
              text(post, "replyToId"),
              new Engagement(
                  e.path("likes").asLong(0),
                  e.path("shares").asLong(0),
                  e.path("replies").asLong(0)),
              Instant.parse(text(post, "fetchedAt")));
      return new AnalyzedPost(
          p,
          new LinkedHashSet<>(strings(root.path("brands"))),
          readAnalysis(root.path("analysis")),
          Set.copyOf(strings(root.path("duplicateIds"))));
    } catch (RuntimeException ex) {
      throw new IllegalArgumentException("stored post " + id + " is unreadable: " + ex, ex);
    }
  }

  private static void writeAnalysis(ObjectNode node, TextAnalysis a) {
    node.put("language", a.language());
    ObjectNode sentiment = node.putObject("sentiment");
    sentiment.put("label", a.sentiment().label().name());
    sentiment.put("score", a.sentiment().score());
    ObjectNode complaint = node.putObject("complaint");
    complaint.put("probability", a.complaint().probability());
    complaint.put("category", a.complaint().category().name());
    complaint.put("severity", a.complaint().severity().name());
    complaint.put("needsReply", a.complaint().needsReply());
    strings(node.putArray("keywords"), a.keywords());
    strings(node.putArray("hashtags"), a.hashtags());
    strings(node.putArray("mentions"), a.mentions());
    strings(node.putArray("emoji"), a.emoji());
    ArrayNode entities = node.putArray("entities");
    for (Entity entity : a.entities()) {
      entities.addObject().put("text", entity.text()).put("type", entity.type().name());
    }
    node.put("tier", a.tier());
  }

  private static TextAnalysis readAnalysis(JsonNode node) {
    JsonNode s = node.path("sentiment");
    JsonNode c = node.path("complaint");
    List<Entity> entities = new ArrayList<>();
    for (JsonNode entity : node.path("entities")) {
      entities.add(new Entity(text(entity, "text"), EntityType.valueOf(text(entity, "type"))));
    }
    return new TextAnalysis(
        text(node, "language"),
        new Sentiment(SentimentLabel.valueOf(text(s, "label")), s.path("score").asDouble(0)),
        new Complaint(
            c.path("probability").asDouble(0),
            ComplaintCategory.valueOf(text(c, "category")),
            Severity.valueOf(text(c, "severity")),
            c.path("needsReply").asBoolean(false)),
        strings(node.path("keywords")),
        strings(node.path("hashtags")),
        strings(node.path("mentions")),
        strings(node.path("emoji")),
        entities,
        text(node, "tier"));
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    for (JsonNode value : array) {
      values.add(value.stringValue());
    }
    return values;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.stringValue();
  }
}
