package org.brandpulse.ingest.dedup;

import java.util.Objects;

/**
 * What {@link Deduplicator#check} decided about a post.
 *
 * @param kind original or duplicate
 * @param originalId for a duplicate, the id of the post it copies; null for an original
 */
public record Verdict(Kind kind, String originalId) {

  /** The two outcomes. */
  public enum Kind {
    /** Store the post. */
    ORIGINAL,
    /** Count the post against {@link Verdict#originalId()} instead of storing it. */
    DUPLICATE_OF
  }

  /** The post is no copy of an earlier one. */
  public static final Verdict ORIGINAL = new Verdict(Kind.ORIGINAL, null);

  public Verdict {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.DUPLICATE_OF) != (originalId != null)) {
      throw new IllegalArgumentException(
          "a duplicate needs the original's id and an original has none: "
              + kind
              + " "
              + originalId);
    }
  }

  /** The post copies the post with this id. */
  public static Verdict duplicateOf(String originalId) {
    return new Verdict(Kind.DUPLICATE_OF, Objects.requireNonNull(originalId, "originalId"));
  }

  /** True for {@link Kind#DUPLICATE_OF}. */
  public boolean isDuplicate() {
    return kind == Kind.DUPLICATE_OF;
  }

  @Override
  public String toString() {
    return isDuplicate() ? "DUPLICATE_OF " + originalId : "ORIGINAL";
  }
}
