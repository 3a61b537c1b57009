package org.brandpulse.nlp.eval;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.SentimentLabel;

/**
 * Readers for the shared evaluation and training files. Every reader is strict: a malformed line
 * stops it with an {@link IOException} naming the file, the line, the clipped offending text and
 * what was expected.
 */
public final class EvalData {
  private EvalData() {}

  /** {@code label<TAB>text} lines, label {@code negative|neutral|positive}; blank lines skipped. */
  public static List<LabeledText> readSentimentTsv(Path file) throws IOException {
    List<LabeledText> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      SentimentLabel label = tab > 0 ? label(line.substring(0, tab)) : null;
      if (label == null) {
        throw malformed(file, lineNo, line, "negative|neutral|positive<TAB>text");
      }
      out.add(new LabeledText(label, line.substring(tab + 1)));
    }
    return out;
  }

  /** The complaints CSV: header {@code tweet_id,text,label,domain}, label 1 or 0. */
  public static List<LabeledComplaint> readComplaintsCsv(Path file) throws IOException {
    List<LabeledComplaint> out = new ArrayList<>();
    for (Csv.Row row : rows(file, StandardCharsets.UTF_8, 4, "tweet_id,text,label,domain")) {
      String label = row.fields().get(2).trim();
      if (!label.equals("0") && !label.equals("1")) {
        throw malformed(file, row.line(), String.join(",", row.fields()), "label 0 or 1");
      }
      out.add(
          new LabeledComplaint(
              row.fields().get(0), row.fields().get(1), label.equals("1"), row.fields().get(3)));
    }
    return out;
  }

  /**
   * A needs-reply CSV: a header naming at least {@code id,text,needs_reply} (yes/no), in any order,
   * and optionally {@code category} (a {@link ComplaintCategory} name, empty for no complaint),
   * {@code kind} (complaint, question or other) and {@code brand} (the brand the post was matched
   * to); other columns are ignored. Every bad row is named (file:line, up to 20) in one exception.
   */
  public static List<LabeledReply> readRepliesCsv(Path file) throws IOException {
    List<Csv.Row> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
    if (rows.isEmpty()) {
      throw malformed(file, 1, "", "header id,text,needs_reply");
    }
    List<String> header = rows.get(0).fields().stream().map(EvalData::column).toList();
    int id = header.indexOf("id");
    int text = header.indexOf("text");
    int flag = header.indexOf("needs_reply");
    if (id < 0 || text < 0 || flag < 0) {
      throw malformed(
          file, 1, String.join(",", rows.get(0).fields()), "a header with id,text,needs_reply");
    }
    int category = header.indexOf("category");
    int kind = header.indexOf("kind");
    int brand = header.indexOf("brand");
    List<LabeledReply> out = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Csv.Row row : rows.subList(1, rows.size())) {
      List<String> f = row.fields();
      String problem = null;
      if (f.size() != header.size()) {
        problem = header.size() + " comma-separated fields";
      } else if (!f.get(flag).trim().matches("(?i)yes|no")) {
        problem = "needs_reply yes or no";
      } else if (category >= 0 && categoryOf(f.get(category)) == null) {
        problem =
            "category empty or one of " + java.util.Arrays.toString(ComplaintCategory.values());
      } else if (kind >= 0 && !f.get(kind).trim().matches("(?i)|complaint|question|other")) {
        problem = "kind empty, complaint, question or other";
      }
      if (problem != null) {
        if (errors.size() < 20) {
          errors.add(malformed(file, row.line(), String.join(",", f), problem).getMessage());
        }
        continue;
      }
      out.add(
          new LabeledReply(
              f.get(id).trim(),
              row.line(),
              f.get(text),
              f.get(flag).trim().equalsIgnoreCase("yes"),
              category < 0 || f.get(category).isBlank() ? null : categoryOf(f.get(category)),
              kind < 0 || f.get(kind).isBlank()
                  ? null
                  : f.get(kind).trim().toLowerCase(Locale.ROOT),
              brand < 0 || f.get(brand).isBlank() ? null : f.get(brand).trim()));
    }
    if (!errors.isEmpty()) {
      throw new IOException(String.join("\n", errors));
    }
    return out;
  }

  private static String column(String name) {
    return name.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
  }

  /** The category of a cell; NONE for an empty one; null when unknown. */
  private static ComplaintCategory categoryOf(String cell) {
    String name = cell.trim().toUpperCase(Locale.ROOT);
    if (name.isEmpty()) {
      return ComplaintCategory.NONE;
    }
    try {
      return ComplaintCategory.valueOf(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The airline CSV: header {@code
   * tweet_id,airline_sentiment,negativereason,airline,text,tweet_created}.
   */
  public static List<AirlineTweet> readAirlineCsv(Path file) throws IOException {
    List<AirlineTweet> out = new ArrayList<>();
    for (Csv.Row row :
        rows(file, StandardCharsets.UTF_8, 6, "tweet_id,airline_sentiment,negativereason,...")) {
      List<String> f = row.fields();
      SentimentLabel label = label(f.get(1));
      if (label == null) {
        throw malformed(file, row.line(), String.join(",", f), "negative|neutral|positive");
      }
      out.add(new AirlineTweet(f.get(0), label, f.get(2), f.get(3), f.get(4)));
    }
    return out;
  }

  /**
   * The Sentiment140 test CSV (ISO-8859-1, no header): polarity 0 negative, 2 neutral, 4 positive;
   * id; date; query; user; text.
   */
  public static List<LabeledText> readSentiment140Csv(Path file) throws IOException {
    List<LabeledText> out = new ArrayList<>();
    for (Csv.Row row : rows(file, StandardCharsets.ISO_8859_1, 6, null)) {
      List<String> f = row.fields();
      SentimentLabel label =
          switch (f.get(0).trim()) {
            case "0" -> SentimentLabel.NEGATIVE;
            case "2" -> SentimentLabel.NEUTRAL;
            case "4" -> SentimentLabel.POSITIVE;
            default -> throw malformed(file, row.line(), String.join(",", f), "polarity 0, 2 or 4");
          };
      out.add(new LabeledText(label, f.get(5)));
    }
    return out;
  }

  /** VADER's ground-truth snippets: {@code id<TAB>mean rating -4..4<TAB>text}, CRLF allowed. */
  public static List<RatedText> readVaderRatings(Path file) throws IOException {
    List<RatedText> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t", 3);
      try {
        out.add(new RatedText(cols[0], Double.parseDouble(cols[1].trim()), cols[2].strip()));
      } catch (RuntimeException e) {
        throw malformed(file, lineNo, line, "id<TAB>rating in [-4, 4]<TAB>text");
      }
    }
    return out;
  }

  /** VADER snippets mapped to three classes with {@link RatedText#NEUTRAL_BAND}. */
  public static List<LabeledText> readVaderAsLabeled(Path file) throws IOException {
    return readVaderRatings(file).stream().map(r -> r.toLabeled(RatedText.NEUTRAL_BAND)).toList();
  }

  private static List<Csv.Row> rows(Path file, Charset charset, int columns, String header)
      throws IOException {
    List<Csv.Row> rows = Csv.parse(Files.readString(file, charset));
    if (header != null) {
      if (rows.isEmpty()) {
        throw malformed(file, 1, "", "header " + header);
      }
      rows = rows.subList(1, rows.size());
    }
    for (Csv.Row row : rows) {
      if (row.fields().size() != columns) {
        throw malformed(
            file, row.line(), String.join(",", row.fields()), columns + " comma-separated fields");
      }
    }
    return rows;
  }

  private static SentimentLabel label(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "negative" -> SentimentLabel.NEGATIVE;
      case "neutral" -> SentimentLabel.NEUTRAL;
      case "positive" -> SentimentLabel.POSITIVE;
      default -> null;
    };
  }

  private static IOException malformed(Path file, int line, String text, String expected) {
    String clipped = text.length() > 80 ? text.substring(0, 77) + "..." : text;
    return new IOException(
        file + ":" + line + ": expected " + expected + ", found \"" + clipped + "\"");
  }
}
