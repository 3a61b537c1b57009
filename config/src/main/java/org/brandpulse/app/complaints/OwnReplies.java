package org.brandpulse.app.complaints;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.brandpulse.app.ingest.BrandDirectory;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.Post;
import org.brandpulse.reporting.complaints.OwnReply;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger of replies by the brands' own handles ({@code OWN_REPLY}): the ingest job records each
 * one as it stores it, in the chunk's transaction, and the alerts job looks up the replies that
 * answer its cases by key instead of rescanning the posts. Recording is idempotent (a replayed
 * chunk adds nothing).
 */
@Component
public class OwnReplies {

  /** Keys per look-up query. */
  private static final int BATCH = 500;

  private final JdbcTemplate jdbc;

  public OwnReplies(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the posts of {@code posts} that are replies or thread posts by an own handle. */
  public int record(Collection<AnalyzedPost> posts, BrandDirectory brands) {
    int added = 0;
    for (AnalyzedPost p : posts) {
      Post post = p.post();
      if (post.replyToId() == null && post.threadId() == null) {
        continue;
      }
      for (String brand : brands.brandsSpeakingAs(post.author().handle())) {
        added += insertIfAbsent(post, brand);
      }
    }
    return added;
  }

  private int insertIfAbsent(Post post, String brand) {
    // look, then insert: portable (H2, PostgreSQL) and never a failed statement inside the chunk's
    // transaction; one ingest run writes at a time (RunLock)
    Integer present =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM OWN_REPLY WHERE POST_ID = ? AND BRAND = ?",
            Integer.class,
            post.id(),
            brand);
    if (present != null && present > 0) {
      return 0;
    }
    return jdbc.update(
        "INSERT INTO OWN_REPLY (POST_ID, BRAND, AUTHOR_HANDLE, REPLY_TO_ID, THREAD_ID, CREATED_AT)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        post.id(),
        brand,
        BrandDirectory.normalizeHandle(post.author().handle()),
        post.replyToId(),
        post.threadId(),
        Timestamp.from(post.createdAt()));
  }

  /** The replies whose reply-to or thread id is one of {@code keys}. */
  public List<OwnReply> answering(Collection<String> keys) {
    Map<String, OwnReply> found = new LinkedHashMap<>();
    List<String> all = new ArrayList<>(keys);
    for (int i = 0; i < all.size(); i += BATCH) {
      List<String> part = all.subList(i, Math.min(all.size(), i + BATCH));
      String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
      Object[] args = new Object[part.size() * 2];
      for (int j = 0; j < part.size(); j++) {
        args[j] = part.get(j);
        args[part.size() + j] = part.get(j);
      }
      jdbc.query(
          "SELECT POST_ID, BRAND, REPLY_TO_ID, THREAD_ID, CREATED_AT FROM OWN_REPLY"
              + " WHERE REPLY_TO_ID IN ("
              + marks
              + ") OR THREAD_ID IN ("
              + marks
              + ")",
          rs -> {
            OwnReply r =
                new OwnReply(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant());
            found.put(r.postId() + "\u0000" + r.brand(), r);
          },
          args);
    }
    return List.copyOf(found.values());
  }

  /** The brand:handle list the ledger was last filled from the whole store for, if any. */
  public Optional<String> seededFor() {
    return jdbc
        .query("SELECT HANDLES FROM OWN_REPLY_SEED WHERE ID = 1", (rs, i) -> rs.getString(1))
        .stream()
        .findFirst();
  }

  /** Notes that the ledger now holds every stored own reply of {@code handles}. */
  public void markSeeded(String handles, Instant at) {
    if (jdbc.update(
            "UPDATE OWN_REPLY_SEED SET HANDLES = ?, SEEDED_AT = ? WHERE ID = 1",
            handles,
            Timestamp.from(at))
        == 0) {
      jdbc.update(
          "INSERT INTO OWN_REPLY_SEED (ID, HANDLES, SEEDED_AT) VALUES (1, ?, ?)",
          handles,
          Timestamp.from(at));
    }
  }
}
