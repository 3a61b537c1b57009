package org.brandpulse.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brandpulse.nlp.TextAnalyzer;
import org.brandpulse.nlp.TextAnalyzers;
import org.junit.jupiter.api.Test;

/**
 * Rule-based complaint detection against the Preotiuc-Pietro et al. (ACL 2019) training portion
 * (skipped when absent). Published models reach 0.79 F1; rules are expected far lower.
 */
class ComplaintAccuracyTest {
  private final TextAnalyzer fast = TextAnalyzers.fast();

  @Test
  void complaintsTrain() throws IOException {
    Path file = SharedData.require("complaints/complaints-train.csv");
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    List<String[]> rows = parseCsv(Files.readString(file, StandardCharsets.UTF_8));
    for (String[] row : rows.subList(1, rows.size())) {
      boolean gold = row[2].equals("1");
      boolean predicted = fast.analyze(row[1]).complaint().isComplaint();
      tp += gold && predicted ? 1 : 0;
      fp += !gold && predicted ? 1 : 0;
      fn += gold && !predicted ? 1 : 0;
      tn += !gold && !predicted ? 1 : 0;
    }
    double precision = tp / (double) Math.max(1, tp + fp);
    double recall = tp / (double) Math.max(1, tp + fn);
    double f1 = 2 * precision * recall / Math.max(1e-9, precision + recall);
    double accuracy = (tp + tn) / (double) (tp + fp + fn + tn);
    System.out.printf(
        Locale.ROOT,
        "complaints-train (fast tier): n=%d accuracy=%.4f precision=%.4f recall=%.4f F1=%.4f%n",
        tp + fp + fn + tn,
        accuracy,
        precision,
        recall,
        f1);
    assertThat(f1).isGreaterThan(0.57);
  }

  /** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
  private static List<String[]> parseCsv(String text) {
    List<String[]> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        if (fields.size() >= 3) {
          rows.add(fields.toArray(new String[0]));
        }
        fields.clear();
      } else {
        field.append(c);
      }
    }
    return rows;
  }
}
