package org.brandpulse.nlp.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brandpulse.nlp.ComplaintCategory;

/**
 * The labelled Bengali complaint / needs-reply set ({@code
 * nlp/src/test/resources/eval/bengali-complaints.tsv}, data card {@code bengali-complaints-CARD.md}
 * beside it). Real posts are shipped as source and id only (their licences do not allow shipping
 * the text) and joined with the texts of the shared data folder's {@code bengali/} files when read;
 * written posts carry their text. Strict: a malformed row, an unknown id or a label outside the
 * guide stops the reader with an {@link IOException} naming the file, the line and what was
 * expected.
 */
public final class BengaliComplaintSet {
  /** Header of the labels file. */
  public static final String HEADER = "source\tid\torigin\tkind\tneeds_reply\tcategory\ttext";

  /** What a post is. */
  public enum Kind {
    COMPLAINT,
    QUESTION,
    OTHER
  }

  /**
   * One labelled post.
   *
   * @param source {@code blp}, {@code youtube-train}, {@code youtube-dev}, {@code drama-negative}
   *     or {@code written}
   * @param id its id in the source (line number for the drama reviews)
   * @param origin {@code real-keyword}, {@code real-sample} or {@code written}
   * @param kind complaint, customer-service question or other
   * @param needsReply whether the business's support team should answer it
   * @param category what a complaint is about; NONE otherwise
   * @param text the post
   */
  public record Post(
      String source,
      String id,
      String origin,
      Kind kind,
      boolean needsReply,
      ComplaintCategory category,
      String text) {
    /** True for posts taken from the public data sets. */
    public boolean real() {
      return !origin.equals("written");
    }

    /** The stratification key: origin, kind and needs-reply. */
    public String stratum() {
      return origin + "/" + kind + "/" + needsReply;
    }
  }

  private BengaliComplaintSet() {}

  /**
   * Reads the labels and joins the real posts' texts.
   *
   * @param labels the labels file
   * @param bengaliDir the shared data folder's {@code bengali/} directory
   */
  public static List<Post> read(Path labels, Path bengaliDir) throws IOException {
    Map<String, Map<String, String>> texts = new HashMap<>();
    List<String> lines = Files.readAllLines(labels, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new IOException(labels + ":1: expected the header '" + HEADER.replace('\t', ',') + "'");
    }
    List<Post> out = new ArrayList<>(lines.size());
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String where = labels + ":" + (i + 1) + ": ";
      String[] c = line.split("\t", -1);
      if (c.length != 7) {
        throw new IOException(where + "expected 7 tab-separated columns, found " + c.length);
      }
      Kind kind = parse(Kind.class, c[3], where + "kind");
      if (!c[4].equals("yes") && !c[4].equals("no")) {
        throw new IOException(where + "needs_reply must be yes or no, found '" + c[4] + "'");
      }
      ComplaintCategory category = parse(ComplaintCategory.class, c[5], where + "category");
      String text = c[6];
      if (c[0].equals("written")) {
        if (text.isBlank()) {
          throw new IOException(where + "a written post needs its text");
        }
      } else {
        Map<String, String> source;
        try {
          source = texts.computeIfAbsent(c[0], s -> load(s, bengaliDir, where));
        } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
          throw new IOException(e.getMessage(), e);
        }
        text = source.get(c[1]);
        if (text == null) {
          throw new IOException(where + "no post '" + c[1] + "' in source " + c[0]);
        }
      }
      out.add(new Post(c[0], c[1], c[2], kind, c[4].equals("yes"), category, text));
    }
    return out;
  }

  private static Map<String, String> load(String source, Path dir, String where) {
    try {
      return switch (source) {
        case "blp" -> idText(dir.resolve("blp23_sentiment_dev.tsv"));
        case "youtube-train" -> idText(dir.resolve("sentiment_train.tsv"));
        case "youtube-dev" -> idText(dir.resolve("sentiment_dev.tsv"));
        case "drama-negative" ->
            lineText(dir.resolve("sazzed-drama-reviews/all_negative_3307.txt"));
        default -> throw new IllegalArgumentException(where + "unknown source '" + source + "'");
      };
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(where + "cannot read source " + source, e);
    }
  }

  /** {@code id<TAB>text<TAB>...} after a header line; the first row of an id wins. */
  private static Map<String, String> idText(Path file) throws IOException {
    Map<String, String> out = new HashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] c = lines.get(i).split("\t", -1);
      if (c.length >= 2) {
        out.putIfAbsent(c[0], c[1]);
      }
    }
    return out;
  }

  /** Key = 1-based line number. */
  private static Map<String, String> lineText(Path file) throws IOException {
    Map<String, String> out = new HashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      out.put(Integer.toString(i + 1), lines.get(i).strip());
    }
    return out;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String what)
      throws IOException {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IOException(what + ": unknown value '" + value + "'", e);
    }
  }
}
