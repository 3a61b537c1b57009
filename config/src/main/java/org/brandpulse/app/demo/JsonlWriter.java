package org.brandpulse.app.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes posts as Twitter-v1-like JSON lines, keys in a fixed order, breaking the chosen ones. */
final class JsonlWriter {
  static final String FILE = "social.jsonl";

  private JsonlWriter() {}

  static Written write(List<DemoPost> posts, Map<String, MalformedRecord.Problem> breaks) {
    StringBuilder out = new StringBuilder(posts.size() * 520);
    List<MalformedRecord> malformed = new ArrayList<>();
    int lineNo = 0;
    for (DemoPost post : posts) {
      lineNo++;
      MalformedRecord.Problem problem = breaks.get(post.nativeId());
      String createdAt = DateTimeFormatter.ISO_INSTANT.format(post.createdAt());
      String textKey = "full_text";
      String detail = null;
      if (problem == MalformedRecord.Problem.INVALID_DATE) {
        LocalDate day = post.createdAt().atOffset(ZoneOffset.UTC).toLocalDate();
        createdAt = createdAt.substring(0, 8) + (day.lengthOfMonth() + 1) + createdAt.substring(10);
        detail = "created_at '" + createdAt + "' is not a calendar date";
      } else if (problem == MalformedRecord.Problem.MISSING_TEXT) {
        textKey = "text";
        detail = "has 'text' but no 'full_text'";
      }
      String line = line(post, createdAt, textKey);
      if (problem == MalformedRecord.Problem.TRUNCATED_JSON) {
        int cut = line.indexOf("\"full_text\":\"") + 13 + Math.min(25, post.text().length() / 2);
        line = line.substring(0, cut);
        detail = "line ends inside full_text after " + cut + " characters";
      }
      out.append(line).append('\n');
      if (problem != null) {
        malformed.add(new MalformedRecord(FILE, lineNo, post.nativeId(), problem, detail));
      }
    }
    return new Written(out.toString(), malformed);
  }

  private static String line(DemoPost p, String createdAt, String textKey) {
    return "{\"id_str\":"
        + Escapes.json(p.nativeId())
        + ",\"created_at\":"
        + Escapes.json(createdAt)
        + ",\""
        + textKey
        + "\":"
        + Escapes.json(p.text())
        + ",\"lang\":"
        + Escapes.json(p.lang())
        + ",\"user\":{\"screen_name\":"
        + Escapes.json(p.author().handle())
        + ",\"name\":"
        + Escapes.json(p.author().name())
        + ",\"followers_count\":"
        + p.author().followers()
        + "}"
        + ",\"in_reply_to_status_id_str\":"
        + Escapes.json(p.replyTo())
        + ",\"conversation_id_str\":"
        + Escapes.json(p.conversation())
        + ",\"favorite_count\":"
        + p.likes()
        + ",\"retweet_count\":"
        + p.shares()
        + ",\"reply_count\":"
        + p.replies()
        + ",\"url\":"
        + Escapes.json(p.url())
        + "}";
  }
}
