package org.brandpulse.ingest.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

/**
 * Fixture builder for posts: {@code Posts.post("social:1").text("...").brands("bazarly").build()}.
 *
 * <p>Defaults: source from the id, created {@link #T0}, fetched an hour later, author {@code
 * rina_k} with 100 followers, no engagement, language {@code en}, neutral, no complaint, brand
 * {@code bazarly}, tier {@code fast}.
 */
public final class Posts {

  /** The default created-at instant. */
  public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private Posts() {}

  /** A builder for the post with this id ({@code source:nativeId}). */
  public static Builder post(String id) {
    return new Builder(id);
  }

  /** Shorthand: a post with this id, text and created-at. */
  public static AnalyzedPost of(String id, String text, Instant createdAt) {
    return post(id).text(text).at(createdAt).build();
  }

  /** Fluent, mutable builder; {@link #build()} may be called more than once. */
  public static final class Builder {
    private final String id;
    private String text = "hello";
    private Instant createdAt = T0;
    private Instant fetchedAt;
    private String handle = "rina_k";
    private long followers = 100;
    private Engagement engagement = Engagement.NONE;
    private String sourceLanguage;
    private String language = "en";
    private Sentiment sentiment = Sentiment.NEUTRAL;
    private Complaint complaint = Complaint.NONE;
    private List<String> keywords = List.of();
    private List<String> hashtags = List.of();
    private Set<String> brands = Set.of("bazarly");
    private Set<String> duplicates = Set.of();
    private String tier = "fast";
    private String replyTo;

    private Builder(String id) {
      this.id = id;
    }

    public Builder text(String value) {
      text = value;
      return this;
    }

    public Builder at(Instant value) {
      createdAt = value;
      return this;
    }

    /** When an ingest run stored it (default: an hour after it was written). */
    public Builder fetched(String isoInstant) {
      fetchedAt = Instant.parse(isoInstant);
      return this;
    }

    public Builder at(String isoInstant) {
      return at(Instant.parse(isoInstant));
    }

    public Builder author(String newHandle, long newFollowers) {
      handle = newHandle;
      followers = newFollowers;
      return this;
    }

    public Builder engagement(long likes, long shares, long replies) {
      engagement = new Engagement(likes, shares, replies);
      return this;
    }

    /** Makes {@code reach()} exactly {@code value}: that many followers, no engagement. */
    public Builder reach(long value) {
      followers = value;
      engagement = Engagement.NONE;
      return this;
    }

    /** The analysis language (and the source-declared one). */
    public Builder language(String value) {
      language = value;
      sourceLanguage = value;
      return this;
    }

    public Builder sentiment(SentimentLabel label) {
      double score =
          switch (label) {
            case NEGATIVE -> -0.7;
            case NEUTRAL -> 0.0;
            case POSITIVE -> 0.8;
          };
      sentiment = new Sentiment(label, score);
      return this;
    }

    public Builder complaint(ComplaintCategory category, boolean needsReply) {
      complaint =
          category == ComplaintCategory.NONE
              ? new Complaint(0.1, category, Severity.NONE, needsReply)
              : new Complaint(0.9, category, Severity.MEDIUM, needsReply);
      return this;
    }

    public Builder keywords(String... values) {
      keywords = List.of(values);
      return this;
    }

    public Builder hashtags(String... values) {
      hashtags = List.of(values);
      return this;
    }

    public Builder brands(String... values) {
      brands = new LinkedHashSet<>(List.of(values));
      return this;
    }

    public Builder duplicates(String... ids) {
      duplicates = Set.of(ids);
      return this;
    }

    public Builder tier(String value) {
      tier = value;
      return this;
    }

    public Builder replyTo(String value) {
      replyTo = value;
      return this;
    }

    /** The post alone. */
    public Post post() {
      String source = id.substring(0, id.lastIndexOf(':'));
      return new Post(
          id,
          source,
          "https://social.example/" + handle + "/" + id.substring(source.length() + 1),
          new Author(handle, handle == null ? null : "Name of " + handle, followers),
          text,
          sourceLanguage,
          createdAt,
          replyTo == null ? id : replyTo,
          replyTo,
          engagement,
          fetchedAt != null ? fetchedAt : createdAt.plusSeconds(3600));
    }

    public AnalyzedPost build() {
      List<Entity> entities = new ArrayList<>();
      for (String brand : brands) {
        entities.add(new Entity(brand, EntityType.BRAND));
      }
      TextAnalysis analysis =
          new TextAnalysis(
              language, sentiment, complaint, keywords, hashtags, List.of(), List.of(), entities,
              tier);
      return new AnalyzedPost(post(), brands, analysis, duplicates);
    }
  }
}
