package org.brandpulse.ingest.store;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
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
    Set<String> excludedAuthors) {

  /** Every post. */
  public static final PostFilter ALL =
      new PostFilter(
          null, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, Set.of(), Set.of());

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
    return new PostFilter(
        newFrom,
        newTo,
        brands,
        sources,
        languages,
        sentiments,
        complaintCategories,
        needsReply,
        authors,
        excludedAuthors);
  }

  public PostFilter brands(Set<String> newBrands) {
    return new PostFilter(
        from,
        to,
        newBrands,
        sources,
        languages,
        sentiments,
        complaintCategories,
        needsReply,
        authors,
        excludedAuthors);
  }

  public PostFilter sources(Set<String> newSources) {
    return new PostFilter(
        from,
        to,
        brands,
        newSources,
        languages,
        sentiments,
        complaintCategories,
        needsReply,
        authors,
        excludedAuthors);
  }

  public PostFilter languages(Set<String> newLanguages) {
    return new PostFilter(
        from,
        to,
        brands,
        sources,
        newLanguages,
        sentiments,
        complaintCategories,
        needsReply,
        authors,
        excludedAuthors);
  }

  public PostFilter sentiments(Set<SentimentLabel> newSentiments) {
    return new PostFilter(
        from,
        to,
        brands,
        sources,
        languages,
        newSentiments,
        complaintCategories,
        needsReply,
        authors,
        excludedAuthors);
  }

  public PostFilter complaintCategories(Set<ComplaintCategory> newCategories) {
    return new PostFilter(
        from,
        to,
        brands,
        sources,
        languages,
        sentiments,
        newCategories,
        needsReply,
        authors,
        excludedAuthors);
  }

  public PostFilter needsReply(Boolean newNeedsReply) {
    return new PostFilter(
        from,
        to,
        brands,
        sources,
        languages,
        sentiments,
        complaintCategories,
        newNeedsReply,
        authors,
        excludedAuthors);
  }

  /** Only posts by one of these handles (any case, with or without {@code @}). */
  public PostFilter authors(Set<String> handles) {
    return new PostFilter(
        from,
        to,
        brands,
        sources,
        languages,
        sentiments,
        complaintCategories,
        needsReply,
        handles,
        excludedAuthors);
  }

  /**
   * No posts by these handles (any case, with or without {@code @}); posts without an author stay.
   */
  public PostFilter excludeAuthors(Set<String> handles) {
    return new PostFilter(
        from,
        to,
        brands,
        sources,
        languages,
        sentiments,
        complaintCategories,
        needsReply,
        authors,
        handles);
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
