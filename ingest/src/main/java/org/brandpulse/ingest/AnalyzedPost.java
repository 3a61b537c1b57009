package org.brandpulse.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.brandpulse.nlp.TextAnalysis;

/**
 * What the store keeps of a post.
 *
 * @param post the post as fetched
 * @param brands names of the configured brands (and competitors) whose queries match it; never
 *     empty for a stored post
 * @param analysis the text analysis
 * @param duplicateIds ids of near-duplicate copies (retweets, copy-paste spam) that were counted
 *     against this post instead of being stored; a set, so replaying a copy counts it once
 */
public record AnalyzedPost(
    Post post, Set<String> brands, TextAnalysis analysis, Set<String> duplicateIds) {

  public AnalyzedPost {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(analysis, "analysis");
    brands = Set.copyOf(new TreeSet<>(brands));
    duplicateIds = Set.copyOf(new TreeSet<>(duplicateIds));
  }

  public String id() {
    return post.id();
  }

  /** Number of near-duplicate copies counted against this post. */
  public int copies() {
    return duplicateIds.size();
  }

  /**
   * How many people the post plausibly reached: the author's followers plus its engagement, with
   * shares weighted double because each one reaches a new audience. Reports rank "top posts" by
   * this.
   */
  public long reach() {
    Engagement e = post.engagement();
    return post.author().followers() + e.likes() + 2 * e.shares() + e.replies();
  }

  /** A copy of this post that also counts {@code copyId} as a near-duplicate. */
  public AnalyzedPost withDuplicate(String copyId) {
    if (duplicateIds.contains(copyId)) {
      return this;
    }
    Set<String> ids = new TreeSet<>(duplicateIds);
    ids.add(copyId);
    return new AnalyzedPost(post, brands, analysis, ids);
  }

  /** A copy of this post with a new analysis (re-analysis keeps brands and duplicates). */
  public AnalyzedPost withAnalysis(TextAnalysis newAnalysis) {
    return new AnalyzedPost(post, brands, newAnalysis, duplicateIds);
  }

  /** Brands as a sorted list, for output. */
  public List<String> sortedBrands() {
    return List.copyOf(new TreeSet<>(brands));
  }
}
