package org.brandpulse.ingest.store.lucene;

import java.io.StringWriter;
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
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

  /**
   * The JSON of a post, streamed (no tree built first: this runs once per post an ingest stores).
   */
  public String write(AnalyzedPost ap) {
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator g = mapper.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberProperty("schemaVersion", SCHEMA_VERSION);
      Post p = ap.post();
      g.writeObjectPropertyStart("post");
      string(g, "id", p.id());
      string(g, "source", p.source());
      string(g, "url", p.url());
      g.writeObjectPropertyStart("author");
      string(g, "handle", p.author().handle());
      string(g, "name", p.author().name());
      g.writeNumberProperty("followers", p.author().followers());
      g.writeEndObject();
      string(g, "text", p.text());
      string(g, "language", p.language());
      string(g, "createdAt", p.createdAt().toString());
      string(g, "threadId", p.threadId());
      string(g, "replyToId", p.replyToId());
      g.writeObjectPropertyStart("engagement");
      g.writeNumberProperty("likes", p.engagement().likes());
      g.writeNumberProperty("shares", p.engagement().shares());
      g.writeNumberProperty("replies", p.engagement().replies());
      g.writeEndObject();
      string(g, "fetchedAt", p.fetchedAt().toString());
      g.writeEndObject();
      strings(g, "brands", ap.sortedBrands());
      writeAnalysis(g, ap.analysis());
      strings(g, "duplicateIds", new TreeSet<>(ap.duplicateIds()));
      g.writeEndObject();
    }
    return out.toString();
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

  private static void writeAnalysis(JsonGenerator g, TextAnalysis a) {
    g.writeObjectPropertyStart("analysis");
    string(g, "language", a.language());
    g.writeObjectPropertyStart("sentiment");
    string(g, "label", a.sentiment().label().name());
    g.writeNumberProperty("score", a.sentiment().score());
    g.writeEndObject();
    g.writeObjectPropertyStart("complaint");
    g.writeNumberProperty("probability", a.complaint().probability());
    string(g, "category", a.complaint().category().name());
    string(g, "severity", a.complaint().severity().name());
    g.writeBooleanProperty("needsReply", a.complaint().needsReply());
    g.writeEndObject();
    strings(g, "keywords", a.keywords());
    strings(g, "hashtags", a.hashtags());
    strings(g, "mentions", a.mentions());
    strings(g, "emoji", a.emoji());
    g.writeArrayPropertyStart("entities");
    for (Entity entity : a.entities()) {
      g.writeStartObject();
      string(g, "text", entity.text());
      string(g, "type", entity.type().name());
      g.writeEndObject();
    }
    g.writeEndArray();
    string(g, "tier", a.tier());
    g.writeEndObject();
  }

  private static void string(JsonGenerator g, String name, String value) {
    if (value == null) {
      g.writeNullProperty(name);
    } else {
      g.writeStringProperty(name, value);
    }
  }

  private static void strings(JsonGenerator g, String name, Iterable<String> values) {
    g.writeArrayPropertyStart(name);
    for (String value : values) {
      if (value == null) {
        g.writeNull();
      } else {
        g.writeString(value);
      }
    }
    g.writeEndArray();
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
