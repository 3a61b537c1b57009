package org.brandpulse.ingest.pipeline;

import java.util.Objects;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.Post;

/** What the pipeline made of one post. */
public sealed interface Outcome {

  /** The post's id. */
  String postId();

  /** Kept and analysed: to be stored. */
  record Keep(AnalyzedPost post) implements Outcome {
    public Keep {
      Objects.requireNonNull(post, "post");
    }

    @Override
    public String postId() {
      return post.id();
    }
  }

  /** A copy of {@code originalId}: counted against it, not stored. */
  record Copy(String postId, String originalId) implements Outcome {
    public Copy {
      Objects.requireNonNull(postId, "postId");
      Objects.requireNonNull(originalId, "originalId");
    }
  }

  /** Matched no brand query and is by no brand's own handle: not stored. */
  record NoBrand(String postId) implements Outcome {
    public NoBrand {
      Objects.requireNonNull(postId, "postId");
    }
  }

  /** Could not be analysed: reported as a skipped record, the rest of the chunk goes on. */
  record Failed(Post post, String reason) implements Outcome {
    public Failed {
      Objects.requireNonNull(post, "post");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String postId() {
      return post.id();
    }
  }
}
