package org.brandpulse.nlp.complaint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.brandpulse.nlp.AnalysisContext;
import org.brandpulse.nlp.Complaint;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.FastTextAnalyzer;
import org.brandpulse.nlp.Sentiment;
import org.brandpulse.nlp.Severity;
import org.brandpulse.nlp.ml.FeatureVector;
import org.brandpulse.nlp.ml.LinearModel;
import org.brandpulse.nlp.text.Token;

/**
 * Learned complaint and needs-reply detection for Bengali posts (Bengali script and, when the
 * language identifier calls it Bengali, Banglish): two binary logistic models over {@link
 * BengaliComplaintFeatures}, the cue rules among their inputs. Their decision thresholds, chosen on
 * inner cross-validation folds, are folded into the bias, so a probability of one half is the
 * decision. Category and severity of a complaint come from the cue rules ({@link ComplaintTriage}).
 * The shipped files ({@value #COMPLAINT_FILE}, {@value #REPLY_FILE}, model card {@code
 * MODEL-CARD-bn-complaint.md} beside this class) are written by {@code
 * org.brandpulse.nlp.train.TrainBengaliComplaints}.
 *
 * <p>As a fast-tier stage it judges Bengali text itself and hands every other text to the stage it
 * wraps. Thread-safe.
 */
public final class BengaliComplaintModel implements FastTextAnalyzer.ComplaintStage {
  /** The complaint model's resource name, beside this class. */
  public static final String COMPLAINT_FILE = "bn-complaint.model";

  /** The needs-reply model's resource name, beside this class. */
  public static final String REPLY_FILE = "bn-needs-reply.model";

  private final LinearModel complaint;
  private final LinearModel reply;
  private final BengaliComplaintFeatures complaintFeatures;
  private final BengaliComplaintFeatures replyFeatures;
  private final FastTextAnalyzer.ComplaintStage others;
  private final ComplaintCues cues = ComplaintCues.get();
  // Complaint and reply recipes share hash space and seed: their features come from one pass.
  private final boolean paired;

  /**
   * A stage over two trained models.
   *
   * @param complaint binary model, label 1 = complaint
   * @param reply binary model, label 1 = needs a reply
   * @param others the stage for text that is not Bengali
   */
  public BengaliComplaintModel(
      LinearModel complaint, LinearModel reply, FastTextAnalyzer.ComplaintStage others) {
    this.complaint = requireBinary(complaint, "complaint");
    this.reply = requireBinary(reply, "reply");
    this.complaintFeatures = features(complaint);
    this.replyFeatures = features(reply);
    this.others = Objects.requireNonNull(others, "others");
    this.paired = complaintFeatures.pairable(replyFeatures);
  }

  /**
   * Per-thread vectors reused from post to post; one that grew past {@link #KEEP} entries on a very
   * long post is let go rather than held for the life of the thread.
   */
  private static final class Scratch {
    private static final int KEEP = 1 << 16;
    FeatureVector complaint = new FeatureVector(4096);
    FeatureVector reply = new FeatureVector(4096);
    final double[] p = new double[2];

    void release() {
      if (complaint.size() > KEEP || reply.size() > KEEP) {
        complaint = new FeatureVector(4096);
        reply = new FeatureVector(4096);
      }
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private static LinearModel requireBinary(LinearModel m, String name) {
    if (!Objects.requireNonNull(m, name).binary()) {
      throw new IllegalArgumentException("the " + name + " model must be binary");
    }
    return m;
  }

  /** The feature recipe a model was trained with (its {@code recipe} property). */
  static BengaliComplaintFeatures features(LinearModel m) {
    String recipe = m.properties().getOrDefault("recipe", BengaliComplaintFeatures.RECIPE);
    if (!recipe.equals(BengaliComplaintFeatures.RECIPE)
        && !recipe.equals(BengaliComplaintFeatures.NO_CUES_RECIPE)) {
      throw new IllegalArgumentException("unknown Bengali complaint recipe '" + recipe + "'");
    }
    return new BengaliComplaintFeatures(m.config(), recipe.equals(BengaliComplaintFeatures.RECIPE));
  }

  private static final class Holder {
    static final BengaliComplaintModel INSTANCE =
        new BengaliComplaintModel(
            load(COMPLAINT_FILE), load(REPLY_FILE), ComplaintAnalyzer.loadDefault());

    private static LinearModel load(String name) {
      try (InputStream in = BengaliComplaintModel.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException(
              "classpath resource org/brandpulse/nlp/complaint/"
                  + name
                  + " is missing; run org.brandpulse.nlp.train.TrainBengaliComplaints");
        }
        return LinearModel.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the shipped model " + name, e);
      }
    }
  }

  /**
   * The shipped models in front of {@link ComplaintAnalyzer#loadDefault()}, loaded once: the fast
   * tier's complaint stage.
   */
  public static BengaliComplaintModel loadDefault() {
    return Holder.INSTANCE;
  }

  /** The complaint model. */
  public LinearModel complaintModel() {
    return complaint;
  }

  /** The needs-reply model. */
  public LinearModel replyModel() {
    return reply;
  }

  @Override
  public Complaint detect(
      String text,
      List<Token> tokens,
      String language,
      Sentiment sentiment,
      boolean addressedToBrand,
      AnalysisContext context) {
    if (tokens.isEmpty() || !isBengali(language, tokens)) {
      return others.detect(text, tokens, language, sentiment, addressedToBrand, context);
    }
    return judge(text, tokens, sentiment, context);
  }

  /**
   * Bengali by the language identifier or by script, or Banglish the identifier did not call
   * English (it often leaves short Banglish posts undetermined or takes them for another
   * Latin-script language).
   */
  static boolean isBengali(String language, List<Token> tokens) {
    return ComplaintAnalyzer.isBengali(language, tokens)
        || (!"en".equals(language) && Banglish.looksBanglish(tokens));
  }

  /**
   * Judges a sanitized, tokenized Bengali text: complaint probability from the complaint model,
   * needs-reply from the reply model (never for the brand's own posts), category and severity of a
   * complaint from the cue rules.
   */
  public Complaint judge(
      String text, List<Token> tokens, Sentiment sentiment, AnalysisContext context) {
    if (tokens.isEmpty()) {
      return Complaint.NONE;
    }
    Scratch scratch = SCRATCH.get();
    FeatureVector x = scratch.complaint;
    double pComplaint;
    double pReply;
    ComplaintCues.Scores s = null;
    if (paired) {
      s = complaintFeatures.extractPair(text, tokens, x, replyFeatures, scratch.reply);
      pComplaint = probability(complaint, x, scratch.p);
      pReply = probability(reply, scratch.reply, scratch.p);
    } else {
      pComplaint = probability(complaint, complaintFeatures, text, tokens, x, scratch.p);
      pReply =
          replyFeatures.cues() == complaintFeatures.cues()
                  && reply.config().equals(complaint.config())
              ? probability(reply, x, scratch.p)
              : probability(reply, replyFeatures, text, tokens, scratch.reply, scratch.p);
    }
    scratch.release();
    AnalysisContext ctx = context != null ? context : AnalysisContext.NONE;
    boolean needsReply = pReply >= 0.5 && !ctx.authoredByBrand();
    if (pComplaint < 0.5) {
      return new Complaint(pComplaint, ComplaintCategory.NONE, Severity.NONE, needsReply);
    }
    if (s == null) {
      s = cues.score(tokens);
    }
    ComplaintCategory category = ComplaintTriage.category(s);
    Severity severity =
        ComplaintTriage.severity(
            category, s, tokens, sentiment != null ? sentiment : Sentiment.NEUTRAL);
    return new Complaint(pComplaint, category, severity, needsReply);
  }

  private static double probability(
      LinearModel m,
      BengaliComplaintFeatures f,
      String text,
      List<Token> tokens,
      FeatureVector x,
      double[] p) {
    f.extract(text, tokens, x);
    return probability(m, x, p);
  }

  private static double probability(LinearModel m, FeatureVector x, double[] p) {
    m.probabilities(x, p);
    double v = p[1];
    return Double.isNaN(v) ? 0.0 : Math.max(0.0, Math.min(1.0, v));
  }
}
