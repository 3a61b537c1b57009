package org.brandpulse.nlp.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.brandpulse.nlp.AnalysisContext;
import org.brandpulse.nlp.Complaint;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.ReplyKind;
import org.brandpulse.nlp.TextAnalyzer;

/**
 * Figures of the whole needs-reply decision ({@link Complaint#needsReply()}: model, rules and
 * vetoes together) against hand labels, with the analyser and context ingest uses: a row's {@code
 * brand} becomes the matched brand's name and handle, as a configured brand with that handle would.
 *
 * @param n number of posts
 * @param accuracy share of posts judged right
 * @param precision precision of "needs a reply"
 * @param recall recall of "needs a reply"
 * @param f1 F1 of "needs a reply"
 * @param macroF1 mean of the F1 of "needs a reply" and of "needs none"
 * @param categoryN posts with a gold complaint category
 * @param categoryAccuracy share of those whose analysis gives that category (0 when none)
 * @param otherShare share of the posts analysed as complaints whose category is OTHER
 * @param kindN posts with a gold kind (complaint, question, other)
 * @param complaintPrecision precision of {@link Complaint#replyKind()} {@link ReplyKind#COMPLAINT}
 *     against kind complaint
 * @param complaintRecall recall of {@link ReplyKind#COMPLAINT} against kind complaint
 * @param questionPrecision precision of {@link ReplyKind#QUESTION} against kind question
 * @param questionRecall recall of {@link ReplyKind#QUESTION} against kind question
 * @param misjudged the posts judged wrong on needs-reply or category, in file order
 */
public record ReplyEvaluation(
    int n,
    double accuracy,
    double precision,
    double recall,
    double f1,
    double macroF1,
    int categoryN,
    double categoryAccuracy,
    double otherShare,
    int kindN,
    double complaintPrecision,
    double complaintRecall,
    double questionPrecision,
    double questionRecall,
    List<Miss> misjudged) {

  public ReplyEvaluation {
    misjudged = List.copyOf(misjudged);
  }

  /** A post the analysis got wrong: its gold labels and what the analysis said. */
  public record Miss(LabeledReply gold, Complaint predicted) {}

  /** The context ingest would give a post matched to the row's brand. */
  public static AnalysisContext contextOf(LabeledReply row) {
    return row.brand() == null
        ? AnalysisContext.NONE
        : new AnalysisContext(null, Set.of(row.brand()), Set.of(row.brand()), false, false);
  }

  /** Analyses every post (one thread) and scores the decisions. */
  public static ReplyEvaluation evaluate(TextAnalyzer analyzer, List<LabeledReply> rows) {
    int[][] reply = new int[2][2]; // [gold][predicted], 1 = needs a reply
    int[][] complaint = new int[2][2];
    int[][] question = new int[2][2];
    int categoryN = 0;
    int categoryRight = 0;
    int complaints = 0;
    int other = 0;
    int kindN = 0;
    List<Miss> misses = new ArrayList<>();
    for (LabeledReply row : rows) {
      Complaint c = analyzer.analyze(row.text(), contextOf(row)).complaint();
      reply[row.needsReply() ? 1 : 0][c.needsReply() ? 1 : 0]++;
      boolean miss = row.needsReply() != c.needsReply();
      if (c.isComplaint()) {
        complaints++;
        other += c.category() == ComplaintCategory.OTHER ? 1 : 0;
      }
      if (row.category() != null && row.category() != ComplaintCategory.NONE) {
        categoryN++;
        boolean right = row.category() == c.category();
        categoryRight += right ? 1 : 0;
        miss |= !right;
      }
      if (row.kind() != null) {
        kindN++;
        ReplyKind kind = c.replyKind();
        complaint[row.kind().equals("complaint") ? 1 : 0][kind == ReplyKind.COMPLAINT ? 1 : 0]++;
        question[row.kind().equals("question") ? 1 : 0][kind == ReplyKind.QUESTION ? 1 : 0]++;
      }
      if (miss) {
        misses.add(new Miss(row, c));
      }
    }
    double p = ratio(reply[1][1], reply[1][1] + reply[0][1]);
    double r = ratio(reply[1][1], reply[1][1] + reply[1][0]);
    double pNo = ratio(reply[0][0], reply[0][0] + reply[1][0]);
    double rNo = ratio(reply[0][0], reply[0][0] + reply[0][1]);
    return new ReplyEvaluation(
        rows.size(),
        ratio(reply[0][0] + reply[1][1], rows.size()),
        p,
        r,
        f1(p, r),
        (f1(p, r) + f1(pNo, rNo)) / 2,
        categoryN,
        ratio(categoryRight, categoryN),
        ratio(other, complaints),
        kindN,
        ratio(complaint[1][1], complaint[1][1] + complaint[0][1]),
        ratio(complaint[1][1], complaint[1][1] + complaint[1][0]),
        ratio(question[1][1], question[1][1] + question[0][1]),
        ratio(question[1][1], question[1][1] + question[1][0]),
        misses);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0.0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
