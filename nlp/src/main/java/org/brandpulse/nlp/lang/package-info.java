/**
 * Language identification for the fast tier.
 *
 * <p>{@link org.brandpulse.nlp.lang.LanguageIdentifier} is a heuristic: script detection for
 * Bengali, Arabic, Devanagari, CJK, Cyrillic, Hangul, Thai, Greek, Hebrew and other scripts, then
 * function-word profiles ({@link org.brandpulse.nlp.lang.StopWordProfiles}) for Latin-script en,
 * es, fr, de, pt, it, nl and id. It answers ISO 639-1 codes, or {@code und} when unsure, and lets a
 * source's language hint decide when the text is too short to judge. It is a placeholder for a
 * statistical identifier; callers should depend on the codes, not on how they are found.
 */
package org.brandpulse.nlp.lang;
