package org.brandpulse.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits sanitized text into {@link Token}s in a single left-to-right pass over code points.
 *
 * <p>Rules: whitespace separates; {@code http://}, {@code https://} and {@code www.} start a URL
 * that runs to the next whitespace (trailing punctuation excluded); {@code #} and {@code @} after a
 * non-word char start a hashtag or mention (a mention may carry a fediverse domain, {@code
 * @user@host.social}); emoji clusters come whole; a word is a run of letters, combining marks,
 * digits and underscores, keeping inner apostrophes ({@code can't}) and joiners (ZWJ/ZWNJ inside
 * Bengali words); anything else is a one-code-point {@link Token.Kind#PUNCT}. Hyphens split words.
 */
public final class Tokenizer {
  private Tokenizer() {}

  /** Tokenizes {@code text}, which should come from {@link TextSanitizer}. */
  public static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>(Math.max(8, text.length() / 5));
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (isSpace(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int end;
      if ((cp == 'h' || cp == 'H' || cp == 'w' || cp == 'W') && (end = urlEnd(text, i)) > i) {
        add(tokens, Token.Kind.URL, text.substring(i, end), i);
      } else if (Emoji.startsAt(text, i)) {
        end = Emoji.clusterEnd(text, i);
        add(tokens, Token.Kind.EMOJI, text.substring(i, end), i);
      } else if ((cp == '#' || cp == '@')
          && startsTag(text, i)
          && (end = tagEnd(text, i)) > i + 1) {
        String body = text.substring(i + 1, end);
        if (cp == '@') {
          add(tokens, Token.Kind.MENTION, body, i);
        } else if (hasLetter(body)) {
          add(tokens, Token.Kind.HASHTAG, body, i);
        } else {
          add(tokens, Token.Kind.PUNCT, "#", i);
          end = i + 1;
        }
      } else if (isWordChar(cp)) {
        end = wordEnd(text, i);
        String word = text.substring(i, end);
        add(tokens, hasLetter(word) ? Token.Kind.WORD : Token.Kind.NUMBER, word, i);
      } else {
        end = i + Character.charCount(cp);
        add(tokens, Token.Kind.PUNCT, text.substring(i, end), i);
      }
      i = end;
    }
    return tokens;
  }

  private static void add(List<Token> tokens, Token.Kind kind, String text, int start) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.indexOf('\u2019') >= 0) {
      lower = lower.replace('\u2019', '\'');
    }
    tokens.add(new Token(kind, text, lower, start));
  }

  /** Unicode white space, including the no-break spaces {@link Character#isWhitespace} omits. */
  public static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  /** Letters, digits, combining marks and underscore. */
  public static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z')
          || (cp >= 'A' && cp <= 'Z')
          || (cp >= '0' && cp <= '9')
          || cp == '_';
    }
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    if (cp >= 0xFE00 && cp <= 0xFE0F) {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static int wordEnd(String s, int i) {
    int n = s.length();
    int j = i;
    while (j < n) {
      int cp = s.codePointAt(j);
      int len = Character.charCount(cp);
      if (isWordChar(cp) && !(cp <= '9' && j > i && Emoji.startsAt(s, j))) {
        j += len;
      } else if ((cp == '\'' || cp == '\u2019' || cp == 0x200C || cp == 0x200D)
          && j > i
          && j + 1 < n
          && isWordChar(s.codePointAt(j + 1))
          && !Emoji.startsAt(s, j + 1)) {
        j += 1;
      } else if ((cp == '.' || cp == ',')
          && Character.isDigit(s.codePointBefore(j))
          && j + 1 < n
          && Character.isDigit(s.codePointAt(j + 1))) {
        j += 1;
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean startsTag(String s, int i) {
    if (i + 1 >= s.length()) {
      return false;
    }
    if (i > 0) {
      int before = s.codePointBefore(i);
      if (isWordChar(before) || before == '@' || before == '#') {
        return false;
      }
    }
    return isWordChar(s.codePointAt(i + 1));
  }

  private static int tagEnd(String s, int i) {
    boolean mention = s.charAt(i) == '@';
    boolean domain = false;
    int n = s.length();
    int j = i + 1;
    while (j < n) {
      int cp = s.codePointAt(j);
      if (isWordChar(cp)
          || (cp == 0x200C || cp == 0x200D) && j + 1 < n && isWordChar(s.codePointAt(j + 1))) {
        j += Character.charCount(cp);
      } else if (mention
          && (cp == '.' || cp == '-' || (cp == '@' && !domain))
          && j + 1 < n
          && isWordChar(s.codePointAt(j + 1))) {
        domain |= cp == '@';
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private static int urlEnd(String s, int i) {
    int body;
    if (s.regionMatches(true, i, "https://", 0, 8)) {
      body = i + 8;
    } else if (s.regionMatches(true, i, "http://", 0, 7)) {
      body = i + 7;
    } else if (s.regionMatches(true, i, "www.", 0, 4)) {
      body = i + 4;
    } else {
      return i;
    }
    int j = body;
    while (j < s.length() && !isSpace(s.charAt(j))) {
      j++;
    }
    while (j > body && ".,;:!?)]}'\"".indexOf(s.charAt(j - 1)) >= 0) {
      j--;
    }
    return j > body ? j : i;
  }

  private static boolean hasLetter(String s) {
    for (int k = 0; k < s.length(); ) {
      int cp = s.codePointAt(k);
      if (Character.isLetter(cp)) {
        return true;
      }
      k += Character.charCount(cp);
    }
    return false;
  }
}
