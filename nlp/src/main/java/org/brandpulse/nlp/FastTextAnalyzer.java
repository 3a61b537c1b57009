package org.brandpulse.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.brandpulse.nlp.complaint.ComplaintDetector;
import org.brandpulse.nlp.keywords.BrandEntities;
import org.brandpulse.nlp.keywords.KeywordExtractor;
import org.brandpulse.nlp.lang.LanguageIdentifier;
import org.brandpulse.nlp.sentiment.SentimentScorer;
import org.brandpulse.nlp.text.SocialFeatures;
import org.brandpulse.nlp.text.TextSanitizer;
import org.brandpulse.nlp.text.Token;
import org.brandpulse.nlp.text.Tokenizer;

/**
 * The fast tier: sanitize, tokenize once, then language, sentiment, brand entities, complaint and
 * keywords over the same tokens. Any failure on hostile input yields the neutral empty result
 * rather than an exception.
 *
 * <p>Each component is a stage given to the {@link Builder}: {@link LanguageStage}, a {@link
 * SentimentStage} per language (plus a fallback), and a {@link ComplaintStage}. {@link
 * TextAnalyzers} composes the shipped tier; a stage must be thread-safe.
 */
public final class FastTextAnalyzer implements TextAnalyzer {
  static final String TIER = "fast";

  /** Identifies the language of a text. */
  @FunctionalInterface
  public interface LanguageStage {
    /**
     * @param text the sanitized text
     * @param tokens its tokens
     * @param hint the language the source declared, or null
     */
    LanguageIdentifier.Result identify(String text, List<Token> tokens, String hint);
  }

  /** Scores the sentiment of a text in a known language. */
  @FunctionalInterface
  public interface SentimentStage {
    /**
     * @param text the sanitized text
     * @param tokens its tokens
     * @param language the identified ISO 639-1 code or {@code und}
     * @param latin true when the text is mostly Latin script
     */
    Sentiment score(String text, List<Token> tokens, String language, boolean latin);
  }

  /** Judges whether a text is a complaint. */
  @FunctionalInterface
  public interface ComplaintStage {
    /**
     * @param text the sanitized text
     * @param tokens its tokens
     * @param language the identified language
     * @param sentiment the text's sentiment
     * @param addressedToBrand the text names a brand or mentions one of its handles
     * @param context what is known about the post
     */
    Complaint detect(
        String text,
        List<Token> tokens,
        String language,
        Sentiment sentiment,
        boolean addressedToBrand,
        AnalysisContext context);
  }

  private final LanguageStage languages;
  private final Map<String, SentimentStage> sentimentByLanguage;
  private final SentimentStage fallbackSentiment;
  private final ComplaintStage complaints;
  private final KeywordExtractor keywords = new KeywordExtractor();

  private FastTextAnalyzer(Builder b) {
    this.languages = b.languages;
    this.sentimentByLanguage = Map.copyOf(b.sentimentByLanguage);
    this.fallbackSentiment = b.fallbackSentiment;
    this.complaints = b.complaints;
  }

  /** A builder preset with the rule and lexicon components of version 1 (VADER for English). */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public TextAnalysis analyze(String text, AnalysisContext context) {
    AnalysisContext ctx = context != null ? context : AnalysisContext.NONE;
    try {
      Optional<String> clean = TextSanitizer.sanitize(text, TextSanitizer.DEFAULT_MAX_CHARS);
      if (clean.isEmpty()) {
        return TextAnalysis.empty(TIER);
      }
      List<Token> tokens = Tokenizer.tokenize(clean.get());
      if (tokens.isEmpty()) {
        return TextAnalysis.empty(TIER);
      }
      return analyze(clean.get(), tokens, ctx);
    } catch (RuntimeException | StackOverflowError e) {
      return TextAnalysis.empty(TIER);
    }
  }

  private TextAnalysis analyze(String text, List<Token> tokens, AnalysisContext ctx) {
    LanguageIdentifier.Result language = languages.identify(text, tokens, ctx.languageHint());
    Sentiment s =
        sentimentStage(language).score(text, tokens, language.language(), language.latin());
    BrandEntities.Matches brands = BrandEntities.find(text, tokens, ctx);
    Complaint complaint =
        complaints.detect(
            text,
            tokens,
            language.language(),
            s,
            brands.namesBrand() || brands.mentionsHandle(),
            ctx);
    return new TextAnalysis(
        language.language(),
        s,
        complaint,
        keywords.keywords(tokens, language.language()),
        SocialFeatures.hashtags(tokens),
        SocialFeatures.mentions(tokens),
        SocialFeatures.emoji(tokens),
        brands.entities(),
        TIER);
  }

  /** The stage for the language; undetermined Latin-script text goes to the English one. */
  private SentimentStage sentimentStage(LanguageIdentifier.Result language) {
    SentimentStage stage = sentimentByLanguage.get(language.language());
    if (stage == null
        && language.latin()
        && TextAnalysis.UNDETERMINED.equals(language.language())) {
      stage = sentimentByLanguage.get("en");
    }
    return stage != null ? stage : fallbackSentiment;
  }

  @Override
  public String tier() {
    return TIER;
  }

  /** Chooses the components; starts from the version 1 rules and lexicons. */
  public static final class Builder {
    private LanguageStage languages;
    private final Map<String, SentimentStage> sentimentByLanguage = new HashMap<>();
    private SentimentStage fallbackSentiment;
    private ComplaintStage complaints;

    private Builder() {
      LanguageIdentifier identifier = new LanguageIdentifier();
      languages = (text, tokens, hint) -> identifier.identify(tokens, hint);
      SentimentScorer scorer = new SentimentScorer();
      fallbackSentiment = scorer::score;
      ComplaintDetector detector = new ComplaintDetector();
      complaints =
          (text, tokens, language, sentiment, addressed, ctx) ->
              detector.detect(tokens, sentiment, addressed, ctx.authoredByBrand());
    }

    /** The language identifier. */
    public Builder languages(LanguageStage stage) {
      languages = Objects.requireNonNull(stage, "stage");
      return this;
    }

    /**
     * The sentiment stage for one language ({@code en}, {@code bn}, ...); {@code en} also serves
     * undetermined Latin-script text.
     */
    public Builder sentiment(String language, SentimentStage stage) {
      sentimentByLanguage.put(
          Objects.requireNonNull(language, "language"), Objects.requireNonNull(stage, "stage"));
      return this;
    }

    /** The sentiment stage for languages without their own (default: VADER/Bengali/emoji rules). */
    public Builder fallbackSentiment(SentimentStage stage) {
      fallbackSentiment = Objects.requireNonNull(stage, "stage");
      return this;
    }

    /** The complaint detector. */
    public Builder complaints(ComplaintStage stage) {
      complaints = Objects.requireNonNull(stage, "stage");
      return this;
    }

    /** The analyser; the builder may be reused. */
    public FastTextAnalyzer build() {
      return new FastTextAnalyzer(this);
    }
  }
}
