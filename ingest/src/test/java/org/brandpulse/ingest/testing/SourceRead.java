package org.brandpulse.ingest.testing;

import java.util.ArrayList;
import java.util.List;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.source.PostSource;
import org.brandpulse.ingest.source.SkippedRecord;
import org.brandpulse.ingest.source.SourceException;
import org.brandpulse.ingest.source.SourcePage;

/**
 * What a sequence of pages returned: {@code SourceRead.toLast(source, null)} reads a source from
 * its start to its last page.
 *
 * @param posts the posts of every page, in order
 * @param skipped the skipped records of every page, in order
 * @param cursors each page's next cursor
 */
public record SourceRead(List<Post> posts, List<SkippedRecord> skipped, List<String> cursors) {

  private static final int MAX_PAGES = 1000;

  public SourceRead {
    posts = List.copyOf(posts);
    skipped = List.copyOf(skipped);
    cursors = List.copyOf(cursors);
  }

  /** Fetches from {@code cursor} until a page says {@code last}. */
  public static SourceRead toLast(PostSource source, String cursor) throws SourceException {
    List<Post> posts = new ArrayList<>();
    List<SkippedRecord> skipped = new ArrayList<>();
    List<String> cursors = new ArrayList<>();
    String next = cursor;
    for (int page = 0; page < MAX_PAGES; page++) {
      SourcePage p = source.fetch(next);
      posts.addAll(p.posts());
      skipped.addAll(p.skipped());
      cursors.add(p.nextCursor());
      next = p.nextCursor();
      if (p.last()) {
        return new SourceRead(posts, skipped, cursors);
      }
    }
    throw new AssertionError(source.name() + " did not reach a last page in " + MAX_PAGES);
  }

  public List<String> ids() {
    return posts.stream().map(Post::id).toList();
  }

  public String finalCursor() {
    return cursors.get(cursors.size() - 1);
  }
}
