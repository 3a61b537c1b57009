package org.brandpulse.ingest.store;

import java.time.Instant;
import java.util.Set;
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
 */
public record PostFilter(
    Instant from,
    Instant to,
    Set<String> brands,
    Set<String> sources,
    Set<String> languages,
    Set<SentimentLabel> sentiments,
    Set<ComplaintCategory> complaintCategories,
    Boolean needsReply) {

  /** Every post. */
  public static final PostFilter ALL =
      new PostFilter(null, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null);

  public PostFilter {
    brands = Set.copyOf(brands);
    sources = Set.copyOf(sources);
    languages = Set.copyOf(languages);
    sentiments = Set.copyOf(sentiments);
    complaintCategories = Set.copyOf(complaintCategories);
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("period is empty: from " + from + " is not before " + to);
    }
  }

  public PostFilter between(Instant newFrom, Instant newTo) {
    return new PostFilter(
        newFrom, newTo, brands, sources, languages, sentiments, complaintCategories, needsReply);
  }

  public PostFilter brands(Set<String> newBrands) {
    return new PostFilter(
        from, to, newBrands, sources, languages, sentiments, complaintCategories, needsReply);
  }

  public PostFilter sources(Set<String> newSources) {
    return new PostFilter(
        from, to, brands, newSources, languages, sentiments, complaintCategories, needsReply);
  }

  public PostFilter languages(Set<String> newLanguages) {
    return new PostFilter(
        from, to, brands, sources, newLanguages, sentiments, complaintCategories, needsReply);
  }

  public PostFilter sentiments(Set<SentimentLabel> newSentiments) {
    return new PostFilter(
        from, to, brands, sources, languages, newSentiments, complaintCategories, needsReply);
  }

  public PostFilter complaintCategories(Set<ComplaintCategory> newCategories) {
    return new PostFilter(
        from, to, brands, sources, languages, sentiments, newCategories, needsReply);
  }

  public PostFilter needsReply(Boolean newNeedsReply) {
    return new PostFilter(
        from, to, brands, sources, languages, sentiments, complaintCategories, newNeedsReply);
  }
}
