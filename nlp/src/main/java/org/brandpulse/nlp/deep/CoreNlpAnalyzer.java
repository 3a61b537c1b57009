package org.brandpulse.nlp.deep;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.brandpulse.nlp.AnalysisContext;
import org.brandpulse.nlp.Entity;
import org.brandpulse.nlp.EntityType;
import org.brandpulse.nlp.Sentiment;
import org.brandpulse.nlp.TextAnalysis;
import org.brandpulse.nlp.TextAnalyzer;
import org.brandpulse.nlp.TextAnalyzers;
import org.brandpulse.nlp.lang.LanguageIdentifier;
import org.brandpulse.nlp.text.SocialFeatures;
import org.brandpulse.nlp.text.TextSanitizer;
import org.brandpulse.nlp.text.Token;
import org.brandpulse.nlp.text.Tokenizer;
import org.ejml.simple.SimpleMatrix;

/**
 * The deep tier ({@code tier() == "deep"}): Stanford CoreNLP's parse-based sentiment, named
 * entities and lemmas, for English text. Thread-safe; the CoreNLP models load on the first English
 * text (see {@link CoreNlpPipeline}, about 17 s), after which a tweet takes 0.1 to 0.5 s of one
 * core, nearly all of it in the PCFG parser (2.5 TweetEval tweets per CPU-second measured by {@code
 * DeepTierBenchmark}).
 *
 * <p>For English text (the fast tier's language identifier says {@code en}, or is unsure about
 * Latin-script text) the result has: sentiment from {@link DocumentSentiment} over CoreNLP's
 * sentence sentiments; entities from the context's brand gazetteer (as the fast tier finds them)
 * followed by CoreNLP's NER mentions mapped by {@link NerTypes}; keywords from {@link
 * LemmaKeywords}; hashtags, mentions and emoji from {@link SocialFeatures}; and the complaint of
 * the fast tier, unchanged, so that both tiers flag the same complaints.
 *
 * <p>Any other language is delegated: the result is the fast tier's own, with {@code tier() ==
 * "fast"}, since CoreNLP's English models have nothing to say about it. So is English text on which
 * CoreNLP fails. Empty and binary text get {@link TextAnalysis#empty} of this tier; text beyond
 * {@link #MAX_CHARS} chars is clipped, because parsing time grows faster than length. Never throws.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
  /** The tier name of this analyser's results. */
  public static final String TIER = "deep";

  /** How many chars of a text are analysed. */
  public static final int MAX_CHARS = 2_000;

  private final TextAnalyzer fast;
  private final LanguageIdentifier languages = new LanguageIdentifier();

  /** A deep analyser over the shared fast tier ({@link TextAnalyzers#fast()}). */
  public CoreNlpAnalyzer() {
    this(TextAnalyzers.fast());
  }

  /**
   * A deep analyser that takes complaints and brand entities from, and delegates non-English text
   * to, the given fast-tier analyser.
   */
  public CoreNlpAnalyzer(TextAnalyzer fast) {
    this.fast = Objects.requireNonNull(fast, "fast");
  }

  @Override
  public TextAnalysis analyze(String text, AnalysisContext context) {
    AnalysisContext ctx = context != null ? context : AnalysisContext.NONE;
    Optional<String> clean;
    List<Token> tokens;
    try {
      clean = TextSanitizer.sanitize(text, MAX_CHARS);
      if (clean.isEmpty() || clean.get().isBlank()) {
        return TextAnalysis.empty(TIER);
      }
      tokens = Tokenizer.tokenize(clean.get());
      if (tokens.isEmpty()) {
        return TextAnalysis.empty(TIER);
      }
    } catch (RuntimeException | StackOverflowError e) {
      return TextAnalysis.empty(TIER);
    }
    TextAnalysis base = fast.analyze(clean.get(), ctx);
    try {
      if (!isEnglish(languages.identify(tokens, ctx.languageHint()))) {
        return base;
      }
      return deep(clean.get(), tokens, base);
    } catch (RuntimeException | AssertionError | StackOverflowError e) {
      return base;
    }
  }

  @Override
  public String tier() {
    return TIER;
  }

  private static boolean isEnglish(LanguageIdentifier.Result language) {
    return "en".equals(language.language())
        || (TextAnalysis.UNDETERMINED.equals(language.language()) && language.latin());
  }

  private static TextAnalysis deep(String text, List<Token> tokens, TextAnalysis base) {
    Annotation doc = new Annotation(text);
    CoreNlpPipeline.get().annotate(doc);
    DocumentSentiment sentiment = new DocumentSentiment();
    List<LemmaKeywords.Word> words = new ArrayList<>();
    for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (CoreLabel label : labels) {
        words.add(new LemmaKeywords.Word(label.lemma(), label.tag()));
      }
      Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
      if (tree != null && labels.size() <= CoreNlpPipeline.MAX_PARSE_TOKENS) {
        SimpleMatrix p = RNNCoreAnnotations.getPredictions(tree);
        if (p != null && p.getNumElements() == 5) {
          double[] probabilities = new double[5];
          for (int k = 0; k < 5; k++) {
            probabilities[k] = p.get(k);
          }
          sentiment.add(probabilities, labels.size());
        }
      }
    }
    Sentiment s = sentiment.result();
    return new TextAnalysis(
        "en",
        s,
        base.complaint(),
        LemmaKeywords.keywords(words),
        SocialFeatures.hashtags(tokens),
        SocialFeatures.mentions(tokens),
        SocialFeatures.emoji(tokens),
        entities(doc, base.entities()),
        TIER);
  }

  private static List<Entity> entities(Annotation doc, List<Entity> brands) {
    Set<String> seen = new LinkedHashSet<>();
    List<Entity> out = new ArrayList<>(brands);
    for (Entity brand : brands) {
      seen.add(brand.text().toLowerCase(Locale.ROOT));
    }
    List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return out;
    }
    for (CoreMap mention : mentions) {
      List<CoreLabel> labels = mention.get(CoreAnnotations.TokensAnnotation.class);
      String lastPos =
          labels == null || labels.isEmpty() ? null : labels.get(labels.size() - 1).tag();
      Optional<EntityType> type =
          NerTypes.map(mention.get(CoreAnnotations.NamedEntityTagAnnotation.class), lastPos);
      String name = mention.get(CoreAnnotations.TextAnnotation.class);
      if (type.isPresent() && name != null && !name.isBlank()) {
        if (seen.add(name.toLowerCase(Locale.ROOT))) {
          out.add(new Entity(name, type.get()));
        }
      }
    }
    return out;
  }
}
