package org.brandpulse.nlp.complaint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.brandpulse.nlp.AnalysisContext;
import org.brandpulse.nlp.Complaint;
import org.brandpulse.nlp.FastTextAnalyzer;
import org.brandpulse.nlp.Sentiment;
import org.brandpulse.nlp.keywords.BrandEntities;
import org.brandpulse.nlp.ml.FeatureVector;
import org.brandpulse.nlp.sentiment.EnglishSentiment;
import org.brandpulse.nlp.text.TextSanitizer;
import org.brandpulse.nlp.text.Token;
import org.brandpulse.nlp.text.Tokenizer;

/**
 * The fast tier's complaint analysis: the trained two-stage {@link ComplaintModel} (files {@value
 * ComplaintModel#LINEAR_FILE} and {@value ComplaintModel#TREES_FILE} next to this class) gives the
 * probability of English and other Latin-script text; Bengali text, which the model never saw, gets
 * the cue rules of {@link ComplaintDetector}. Category, severity and needs-reply follow {@link
 * ComplaintTriage}. Thread-safe; never throws on bad text.
 */
public final class ComplaintAnalyzer implements FastTextAnalyzer.ComplaintStage {
  private final ComplaintModel model;
  private final ComplaintFeatures features = new ComplaintFeatures();
  private final ComplaintCues cues = ComplaintCues.get();
  private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(this::newScratch);

  private static final class Scratch {
    final ComplaintFeatures.Buffers buffers = new ComplaintFeatures.Buffers();
    final double[] input;

    Scratch(int inputs) {
      input = new double[inputs];
    }
  }

  private Scratch newScratch() {
    return new Scratch(model.trees().features());
  }

  /** An analyser over a trained model. */
  public ComplaintAnalyzer(ComplaintModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  private static final class Holder {
    static final ComplaintAnalyzer INSTANCE = load();

    private static ComplaintAnalyzer load() {
      try (InputStream linear = open(ComplaintModel.LINEAR_FILE);
          InputStream trees = open(ComplaintModel.TREES_FILE)) {
        return new ComplaintAnalyzer(ComplaintModel.read(linear, trees));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the shipped complaint model", e);
      }
    }

    private static InputStream open(String name) {
      InputStream in = ComplaintAnalyzer.class.getResourceAsStream(name);
      if (in == null) {
        throw new IllegalStateException(
            "classpath resource org/brandpulse/nlp/complaint/"
                + name
                + " is missing; run org.brandpulse.nlp.train.TrainComplaints");
      }
      return in;
    }
  }

  /** The shared analyser over the shipped model, loaded once. */
  public static ComplaintAnalyzer loadDefault() {
    return Holder.INSTANCE;
  }

  /** The model. */
  public ComplaintModel model() {
    return model;
  }

  /**
   * Analyses a raw text on its own: sanitizes and tokenizes it, finds the context's brands, and
   * takes the script from the text (Bengali letters mean Bengali). A null sentiment is taken from
   * the English model.
   */
  public Complaint analyze(String text, AnalysisContext context, Sentiment sentiment) {
    AnalysisContext ctx = context != null ? context : AnalysisContext.NONE;
    try {
      Optional<String> clean = TextSanitizer.sanitize(text, TextSanitizer.DEFAULT_MAX_CHARS);
      if (clean.isEmpty()) {
        return Complaint.NONE;
      }
      List<Token> tokens = Tokenizer.tokenize(clean.get());
      BrandEntities.Matches brands = BrandEntities.find(clean.get(), tokens, ctx);
      String language = ctx.languageHint() != null ? ctx.languageHint() : "und";
      return detect(
          clean.get(),
          tokens,
          language,
          sentiment != null ? sentiment : EnglishSentiment.shipped().score(clean.get(), tokens),
          brands.namesBrand() || brands.mentionsHandle(),
          ctx);
    } catch (RuntimeException e) {
      return Complaint.NONE;
    }
  }

  @Override
  public Complaint detect(
      String text,
      List<Token> tokens,
      String language,
      Sentiment sentiment,
      boolean addressedToBrand,
      AnalysisContext context) {
    if (tokens.isEmpty()) {
      return Complaint.NONE;
    }
    if (org.brandpulse.nlp.TextAnalysis.UNDETERMINED.equals(language)
        && !isBengali(language, tokens)
        && !hasLatinLetter(text)) {
      // Neither model nor cues know this script: say nothing rather than guess.
      return Complaint.NONE;
    }
    ComplaintCues.Scores s = cues.score(tokens);
    if (isBengali(language, tokens)) {
      double p = ComplaintDetector.probability(tokens, sentiment, s);
      return ComplaintTriage.judge(
          p, s, tokens, sentiment, addressedToBrand, context, null, language);
    }
    double p = probability(tokens, s, sentiment);
    // the text's word-vector direction, left in the buffers by the model's features
    double[] direction = scratch.get().buffers.direction;
    return ComplaintTriage.judge(
        p, s, tokens, sentiment, addressedToBrand, context, direction, language);
  }

  private static boolean hasLatinLetter(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)
          && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * The model's complaint probability of a tokenized text, its sentiment taken from the English
   * model over the tokens' texts (the fast tier passes its own sentiment to {@link #detect}).
   */
  public double probability(List<Token> tokens) {
    StringBuilder text = new StringBuilder();
    for (Token t : tokens) {
      text.append(text.isEmpty() ? "" : " ").append(t.text());
    }
    return probability(
        tokens, cues.score(tokens), EnglishSentiment.shipped().score(text.toString(), tokens));
  }

  private double probability(List<Token> tokens, ComplaintCues.Scores s, Sentiment sentiment) {
    Scratch sc = scratch.get();
    FeatureVector x = features.extract(tokens, s, sentiment, sc.buffers);
    double p = model.probability(x, sc.buffers.dense(), sc.input);
    return Double.isNaN(p) ? 0.0 : Math.max(0.0, Math.min(1.0, p));
  }

  /** "bn", or undetermined text whose words are mostly in Bengali script. */
  static boolean isBengali(String language, List<Token> tokens) {
    if ("bn".equals(language)) {
      return true;
    }
    if (language != null && !"und".equals(language)) {
      return false;
    }
    int bengali = 0;
    int words = 0;
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.WORD) {
        words++;
        char c = t.text().charAt(0);
        bengali += c >= '\u0980' && c <= '\u09FF' ? 1 : 0;
      }
    }
    return words > 0 && bengali * 2 > words;
  }
}
