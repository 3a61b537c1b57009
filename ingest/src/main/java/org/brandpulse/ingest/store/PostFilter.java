package org.brandpulse.ingest.store;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.brandpulse.ingest.Author;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.SentimentLabel;

/**
 * Which posts a query covers. Empty sets and null bounds mean "any".
 *
 * @param from created at or after (inclusive), or null
 * @param to created before (exclusive), or null
 * @param brands any of these brands
 * @param sources any of these source keys ({@code Post.source()})
 * @param languages any of these languages
 * @param sentiments any of these sentiment labels
 * @param complaintCategories any of these complaint categories
 * @param needsReply when non-null, only posts whose complaint needs a reply (true) or not (false)
 * @param authors any of these author handles (posts without an author never match); handles are
 *     compared {@link Author#normalizeHandle normalised}: lower case, no leading {@code @}
 * @param excludedAuthors none of these author handles, normalised alike (e.g. the brand's own
 *     accounts, whose posts are not mentions)
 * @param fetchedFrom fetched (stored by an ingest run) at or after this instant (inclusive), or
 *     null: what a backfill brought in since a watermark, whatever the posts' own dates
 */
public record PostFilter(
    Instant from,
    Instant to,
    Set<String> brands,
    Set<String> sources,
    Set<String> languages,
    Set<SentimentLabel> sentiments,
    Set<ComplaintCategory> complaintCategories,
    Boolean needsReply,
    Set<String> authors,
    Set<String> excludedAuthors,
    Instant fetchedFrom) {

  /** Every post. */
  public static final PostFilter ALL =
      new PostFilter(
          null, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, Set.of(), Set.of(),
          null);

  public PostFilter {
    brands = Set.copyOf(brands);
    sources = Set.copyOf(sources);
    languages = Set.copyOf(languages);
    sentiments = Set.copyOf(sentiments);
    complaintCategories = Set.copyOf(complaintCategories);
    authors = handles(authors);
    excludedAuthors = handles(excludedAuthors);
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("period is empty: from " + from + " is not before " + to);
    }
  }

  public PostFilter between(Instant newFrom, Instant newTo) {
    return with(
        d -> {
          d.from = newFrom;
          d.to = newTo;
        });
  }

  public PostFilter brands(Set<String> newBrands) {
    return with(d -> d.brands = newBrands);
  }

  public PostFilter sources(Set<String> newSources) {
    return with(d -> d.sources = newSources);
  }

  public PostFilter languages(Set<String> newLanguages) {
    return with(d -> d.languages = newLanguages);
  }

  public PostFilter sentiments(Set<SentimentLabel> newSentiments) {
    return with(d -> d.sentiments = newSentiments);
  }

  public PostFilter complaintCategories(Set<ComplaintCategory> newCategories) {
    return with(d -> d.complaintCategories = newCategories);
  }

  public PostFilter needsReply(Boolean newNeedsReply) {
    return with(d -> d.needsReply = newNeedsReply);
  }

  /** Only posts by one of these handles (any case, with or without {@code @}). */
  public PostFilter authors(Set<String> handles) {
    return with(d -> d.authors = handles);
  }

  /**
   * No posts by these handles (any case, with or without {@code @}); posts without an author stay.
   */
  public PostFilter excludeAuthors(Set<String> handles) {
    return with(d -> d.excludedAuthors = handles);
  }

  /**
   * Only posts fetched at or after {@code instant} (null: any), e.g. what ingest runs stored since
   * a job last looked, including posts a backfill brought in with old creation dates.
   */
  public PostFilter fetchedSince(Instant instant) {
    return with(d -> d.fetchedFrom = instant);
  }

  /** A copy with the changes {@code change} makes to a draft of this filter. */
  private PostFilter with(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new PostFilter(
        d.from,
        d.to,
        d.brands,
        d.sources,
        d.languages,
        d.sentiments,
        d.complaintCategories,
        d.needsReply,
        d.authors,
        d.excludedAuthors,
        d.fetchedFrom);
  }

  /** The components, mutable, for {@link #with}. */
  private static final class Draft {
    Instant from;
    Instant to;
    Set<String> brands;
    Set<String> sources;
    Set<String> languages;
    Set<SentimentLabel> sentiments;
    Set<ComplaintCategory> complaintCategories;
    Boolean needsReply;
    Set<String> authors;
    Set<String> excludedAuthors;
    Instant fetchedFrom;

    Draft(PostFilter f) {
      from = f.from;
      to = f.to;
      brands = f.brands;
      sources = f.sources;
      languages = f.languages;
      sentiments = f.sentiments;
      complaintCategories = f.complaintCategories;
      needsReply = f.needsReply;
      authors = f.authors;
      excludedAuthors = f.excludedAuthors;
      fetchedFrom = f.fetchedFrom;
    }
  }

  private static Set<String> handles(Set<String> handles) {
    Set<String> out = new TreeSet<>();
    for (String h : handles) {
      String n = Author.normalizeHandle(h);
      if (n == null) {
        throw new IllegalArgumentException("blank author handle in " + handles);
      }
      out.add(n);
    }
    return Set.copyOf(out);
  }
}
