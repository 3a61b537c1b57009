package org.brandpulse.nlp;

import java.util.List;
import java.util.Objects;

/**
 * Everything the analysers found in one text.
 *
 * @param language ISO 639-1 code ({@code en}, {@code bn}, ...) or {@code und} when unknown
 * @param sentiment label and score
 * @param complaint complaint probability, category, severity, needs-reply
 * @param keywords key words and phrases, most important first, lower case
 * @param hashtags hashtags without {@code #}, lower case, in order of appearance, distinct
 * @param mentions mentioned handles without {@code @}, lower case, distinct
 * @param emoji emoji found, distinct
 * @param entities named entities
 * @param tier which analyser produced this ({@code fast} or {@code deep})
 */
public record TextAnalysis(
    String language,
    Sentiment sentiment,
    Complaint complaint,
    List<String> keywords,
    List<String> hashtags,
    List<String> mentions,
    List<String> emoji,
    List<Entity> entities,
    String tier) {

  /** Language code for text whose language is unknown. */
  public static final String UNDETERMINED = "und";

  public TextAnalysis {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(sentiment, "sentiment");
    Objects.requireNonNull(complaint, "complaint");
    Objects.requireNonNull(tier, "tier");
    keywords = List.copyOf(keywords);
    hashtags = List.copyOf(hashtags);
    mentions = List.copyOf(mentions);
    emoji = List.copyOf(emoji);
    entities = List.copyOf(entities);
  }

  /** The result for text that carries nothing: empty, binary, or in an unknown script. */
  public static TextAnalysis empty(String tier) {
    return new TextAnalysis(
        UNDETERMINED,
        Sentiment.NEUTRAL,
        Complaint.NONE,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        tier);
  }
}
