package org.brandpulse.nlp;

import java.util.List;
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
 */
final class FastTextAnalyzer implements TextAnalyzer {
  static final String TIER = "fast";

  private final LanguageIdentifier languages = new LanguageIdentifier();
  private final SentimentScorer sentiment = new SentimentScorer();
  private final ComplaintDetector complaints = new ComplaintDetector();
  private final KeywordExtractor keywords = new KeywordExtractor();

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
    LanguageIdentifier.Result language = languages.identify(tokens, ctx.languageHint());
    Sentiment s = sentiment.score(text, tokens, language.language(), language.latin());
    BrandEntities.Matches brands = BrandEntities.find(text, tokens, ctx);
    Complaint complaint =
        complaints.detect(
            tokens, s, brands.namesBrand() || brands.mentionsHandle(), ctx.authoredByBrand());
    return new TextAnalysis(
        language.language(),
        s,
        complaint,
        keywords.keywords(tokens),
        SocialFeatures.hashtags(tokens),
        SocialFeatures.mentions(tokens),
        SocialFeatures.emoji(tokens),
        brands.entities(),
        TIER);
  }

  @Override
  public String tier() {
    return TIER;
  }
}
