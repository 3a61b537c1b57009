package org.brandpulse.ingest.store;

import java.util.List;
import org.brandpulse.ingest.AnalyzedPost;

/**
 * One page of search results.
 *
 * @param posts the posts on this page
 * @param total how many posts match in all
 * @param next token for the next page, or null when this is the last
 */
public record PostPage(List<AnalyzedPost> posts, long total, String next) {
  public PostPage {
    posts = List.copyOf(posts);
  }
}
