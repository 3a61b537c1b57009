package org.brandpulse.nlp.sentiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brandpulse.nlp.SentimentLabel;
import org.brandpulse.nlp.eval.LabeledText;

/**
 * Readers for the Bengali sentiment sets of the shared data folder ({@code bengali/}, see its
 * {@code SOURCE.txt}). Strict: a malformed line stops the reader with an {@link IOException} naming
 * the file, the line, the clipped text and the expected form.
 */
public final class BengaliCorpora {
  /** BLP-2023 task 2 dev set: {@code id<TAB>text<TAB>Positive|Negative|Neutral}, header line. */
  public static final String BLP_DEV = "blp23_sentiment_dev.tsv";

  /** YouTube comment sets, same layout as {@link #BLP_DEV} (header {@code id text class_label}). */
  public static final List<String> YOUTUBE = List.of("sentiment_train.tsv", "sentiment_dev.tsv");

  /** Sazzed's drama reviews, one comment per line. */
  public static final String DRAMA_NEGATIVE = "sazzed-drama-reviews/all_negative_3307.txt";

  /** Sazzed's drama reviews, one comment per line. */
  public static final String DRAMA_POSITIVE = "sazzed-drama-reviews/all_positive_8500.txt";

  private BengaliCorpora() {}

  /** The training pool: both YouTube sets, then the negative and positive drama reviews. */
  public static List<LabeledText> trainingSets(Path bengaliDir) throws IOException {
    List<LabeledText> out = new ArrayList<>();
    for (String name : YOUTUBE) {
      out.addAll(readIdTextLabel(bengaliDir.resolve(name)));
    }
    out.addAll(readLines(bengaliDir.resolve(DRAMA_NEGATIVE), SentimentLabel.NEGATIVE));
    out.addAll(readLines(bengaliDir.resolve(DRAMA_POSITIVE), SentimentLabel.POSITIVE));
    return out;
  }

  /** A TSV with a header line and rows {@code id<TAB>text<TAB>label}. */
  public static List<LabeledText> readIdTextLabel(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<LabeledText> out = new ArrayList<>(lines.size());
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      SentimentLabel label = cols.length == 3 ? parse(cols[2]) : null;
      if (label == null) {
        throw malformed(file, i + 1, line, "id<TAB>text<TAB>Positive|Negative|Neutral");
      }
      out.add(new LabeledText(label, cols[1]));
    }
    return out;
  }

  /** One text per non-blank line, all with the same label. */
  public static List<LabeledText> readLines(Path file, SentimentLabel label) throws IOException {
    List<LabeledText> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(new LabeledText(label, line.strip()));
      }
    }
    return out;
  }

  private static SentimentLabel parse(String s) {
    try {
      return SentimentLabel.parse(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static IOException malformed(Path file, int line, String text, String expected) {
    String clip = text.length() > 80 ? text.substring(0, 80) + "..." : text;
    return new IOException(
        file + ":" + line + ": expected " + expected + ", found '" + clip.replace('\t', '→') + "'");
  }
}
