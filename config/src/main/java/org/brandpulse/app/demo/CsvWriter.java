package org.brandpulse.app.demo;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes mentions as a listening-tool CSV export (RFC 4180: CRLF between records, a UTF-8 byte
 * order mark like spreadsheet exports), breaking the chosen rows.
 */
final class CsvWriter {
  static final String FILE = "listening.csv";
  static final String HEADER =
      "Mention ID,Date,Author,Author Name,Followers,Content,Language,URL,Likes,Shares,Comments";
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private CsvWriter() {}

  static Written write(List<DemoPost> posts, Map<String, MalformedRecord.Problem> breaks) {
    StringBuilder out =
        new StringBuilder(posts.size() * 400).append('\uFEFF').append(HEADER).append("\r\n");
    List<MalformedRecord> malformed = new ArrayList<>();
    int lineNo = 2;
    for (DemoPost p : posts) {
      MalformedRecord.Problem problem = breaks.get(p.nativeId());
      String followers = Integer.toString(p.author().followers());
      if (problem == MalformedRecord.Problem.NON_NUMERIC_FOLLOWERS) {
        followers = String.format(Locale.ROOT, "%.1fK", p.author().followers() / 1000.0);
      }
      List<String> fields =
          new ArrayList<>(
              List.of(
                  p.nativeId(),
                  DATE.format(p.createdAt()),
                  p.author().handle(),
                  p.author().name(),
                  followers,
                  p.text(),
                  p.lang(),
                  p.url(),
                  Integer.toString(p.likes()),
                  Integer.toString(p.shares()),
                  Integer.toString(p.replies())));
      String detail = null;
      if (problem == MalformedRecord.Problem.NON_NUMERIC_FOLLOWERS) {
        detail = "Followers is '" + followers + "'";
      } else if (problem == MalformedRecord.Problem.WRONG_COLUMN_COUNT) {
        fields = fields.subList(0, 9);
        detail = "9 columns instead of 11 (Shares and Comments missing)";
      }
      String row = Escapes.csv(fields);
      if (problem != null) {
        malformed.add(new MalformedRecord(FILE, lineNo, p.nativeId(), problem, detail));
      }
      out.append(row).append("\r\n");
      lineNo += 1 + (int) row.chars().filter(c -> c == '\n').count();
    }
    return new Written(out.toString(), malformed);
  }
}
