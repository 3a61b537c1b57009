package org.brandpulse.nlp;

import java.util.Set;

/**
 * What the analyser may know about the post beyond its text.
 *
 * @param languageHint the language the source declared (ISO 639-1, e.g. {@code en}), or null
 * @param brandNames names of the brands the post was matched to (gazetteer for entities and for
 *     "addressed to the brand")
 * @param brandHandles the brands' own handles, with or without {@code @}
 * @param authoredByBrand true when one of the brand's own handles wrote the post (never needs a
 *     reply)
 * @param isReply true when the post replies to another post
 */
public record AnalysisContext(
    String languageHint,
    Set<String> brandNames,
    Set<String> brandHandles,
    boolean authoredByBrand,
    boolean isReply) {

  /** No context at all. */
  public static final AnalysisContext NONE =
      new AnalysisContext(null, Set.of(), Set.of(), false, false);

  public AnalysisContext {
    brandNames = Set.copyOf(brandNames);
    brandHandles = Set.copyOf(brandHandles);
  }
}
