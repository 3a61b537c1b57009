package org.brandpulse.nlp.text;

import java.util.Objects;

/**
 * One token of a post.
 *
 * @param kind what the token is
 * @param text the token as written; for hashtags and mentions without the {@code #} or {@code @}
 * @param lower {@link #text} in lower case ({@link java.util.Locale#ROOT}), with typographic
 *     apostrophes folded to {@code '}
 * @param start offset of the token's first char in the sanitized text (including any sigil)
 */
public record Token(Kind kind, String text, String lower, int start) {

  /** Token kinds. */
  public enum Kind {
    /** Letters, marks and digits with at least one letter; may hold inner apostrophes. */
    WORD,
    /** Digits only, possibly with inner separators ({@code 1,000.50}). */
    NUMBER,
    /** {@code #tag}; text holds the tag without {@code #}. */
    HASHTAG,
    /** {@code @handle}; text holds the handle without {@code @}. */
    MENTION,
    /** {@code http(s)://...} or {@code www....}. */
    URL,
    /** One emoji grapheme cluster (ZWJ sequences, skin tones, flags and keycaps included). */
    EMOJI,
    /** Any other single non-space code point. */
    PUNCT
  }

  public Token {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lower, "lower");
  }

  /** True for words and hashtags, the tokens that carry vocabulary. */
  public boolean isWordLike() {
    return kind == Kind.WORD || kind == Kind.HASHTAG;
  }

  /**
   * The key phrase matchers use: the lower-case text, with {@code #} or {@code @} put back for
   * hashtags and mentions.
   */
  public String key() {
    return switch (kind) {
      case HASHTAG -> "#" + lower;
      case MENTION -> "@" + lower;
      default -> lower;
    };
  }
}
