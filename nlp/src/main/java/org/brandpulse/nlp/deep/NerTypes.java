package org.brandpulse.nlp.deep;

import java.util.Locale;
import java.util.Optional;
import org.brandpulse.nlp.EntityType;

/**
 * Maps CoreNLP named-entity tags to {@link EntityType}.
 *
 * <p>PERSON and ORGANIZATION map to themselves; LOCATION and the fine-grained places (CITY,
 * COUNTRY, STATE_OR_PROVINCE, GPE, FACILITY) to LOCATION. MISC (CoNLL's bucket for products,
 * events, works and nationalities) maps to PRODUCT when its last token is a singular proper noun
 * ("iPhone", "Windows"), else to OTHER ("American", "Olympics" as plural). Numeric and temporal
 * tags (DATE, MONEY, NUMBER, ...) and O are not entities for us.
 */
final class NerTypes {
  private NerTypes() {}

  /**
   * The entity type of a mention.
   *
   * @param tag the CoreNLP NER tag, any case
   * @param lastTokenPos the Penn Treebank part of speech of the mention's last token, or null
   */
  static Optional<EntityType> map(String tag, String lastTokenPos) {
    if (tag == null) {
      return Optional.empty();
    }
    return switch (tag.toUpperCase(Locale.ROOT)) {
      case "PERSON" -> Optional.of(EntityType.PERSON);
      case "ORGANIZATION" -> Optional.of(EntityType.ORGANIZATION);
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE", "FACILITY" ->
          Optional.of(EntityType.LOCATION);
      case "MISC" ->
          Optional.of("NNP".equals(lastTokenPos) ? EntityType.PRODUCT : EntityType.OTHER);
      default -> Optional.empty();
    };
  }
}
