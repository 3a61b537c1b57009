/**
 * Turning raw post text into tokens, in one pass and without regular expressions.
 *
 * <p>{@link org.brandpulse.nlp.text.TextSanitizer} comes first: it clips huge input, rejects
 * binary, replaces control characters and broken surrogates, and puts Bengali and accented Latin
 * text into Unicode NFC so lexicon look-ups match however the text was typed. {@link
 * org.brandpulse.nlp.text.Tokenizer} then splits the clean text into {@link
 * org.brandpulse.nlp.text.Token}s: words, numbers, hashtags, mentions, URLs, emoji (whole grapheme
 * clusters, see {@link org.brandpulse.nlp.text.Emoji}) and punctuation. {@link
 * org.brandpulse.nlp.text.PhraseMatcher} finds multi-word cue phrases in a token list, and {@link
 * org.brandpulse.nlp.text.Resources} reads the bundled word lists. {@link
 * org.brandpulse.nlp.text.WordVectors} holds pre-trained English word vectors (CoreNLP's) and turns
 * a token list into the direction of its words' vectors.
 *
 * <p>Everything here is stateless or immutable and safe to share between threads.
 */
package org.brandpulse.nlp.text;
