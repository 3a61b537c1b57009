package org.brandpulse.reporting.complaints;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds, for complaint cases, the brand's first own reply: a reply by the case's brand that answers
 * the case's post or its thread ({@code replyToId} or {@code threadId} equal to the case's post id
 * or to the case's thread id), written at or after the complaint. Earlier posts in the thread are
 * no answer to it.
 */
public final class FirstReplies {

  /**
   * A case waiting for its first reply.
   *
   * @param id the case id (the complaint's post id)
   * @param brand the brand it belongs to
   * @param threadId the complaint's thread, or null
   * @param postCreatedAt when the complaint was written
   */
  public record Waiting(String id, String brand, String threadId, Instant postCreatedAt) {
    public Waiting {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(brand, "brand");
      Objects.requireNonNull(postCreatedAt, "postCreatedAt");
    }

    /** The post ids a reply may point at to answer this case. */
    public Set<String> keys() {
      Set<String> keys = new LinkedHashSet<>();
      keys.add(id);
      if (threadId != null) {
        keys.add(threadId);
      }
      return keys;
    }
  }

  /** A case and the reply that answered it first. */
  public record Match(Waiting waiting, OwnReply reply) {}

  private FirstReplies() {}

  /**
   * The first answering reply of each case that has one, in the order of {@code cases}.
   *
   * @param replies candidate replies, e.g. those whose reply-to or thread id is a key of a case
   */
  public static List<Match> match(List<Waiting> cases, List<OwnReply> replies) {
    Map<String, List<OwnReply>> byKey = new HashMap<>();
    for (OwnReply r : replies) {
      for (String key : new String[] {r.replyToId(), r.threadId()}) {
        if (key != null) {
          byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
      }
    }
    List<Match> out = new ArrayList<>();
    Comparator<OwnReply> first =
        Comparator.comparing(OwnReply::createdAt).thenComparing(OwnReply::postId);
    for (Waiting c : cases) {
      OwnReply best = null;
      for (String key : c.keys()) {
        for (OwnReply r : byKey.getOrDefault(key, List.of())) {
          boolean answers =
              r.brand().equals(c.brand())
                  && !r.postId().equals(c.id())
                  && !r.createdAt().isBefore(c.postCreatedAt());
          if (answers && (best == null || first.compare(r, best) < 0)) {
            best = r;
          }
        }
      }
      if (best != null) {
        out.add(new Match(c, best));
      }
    }
    return out;
  }
}
