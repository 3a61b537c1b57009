package org.brandpulse.ingest.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Lucene's {@link ASCIIFoldingFilter}, token for token (its {@link
 * ASCIIFoldingFilter#foldToASCII(char[], int, char[], int, int)} does the folding), that leaves
 * alone the tokens no character of which folds: Bengali, Devanagari, Arabic, emoji.
 *
 * <p>Lucene's filter folds every token holding a character past ASCII, and its fold is one switch
 * over some 14,000 bytes of bytecode, past what the JVM compiles ({@code -XX:HugeMethodLimit}): it
 * runs in the interpreter, character by character, which made it a fifth of the indexing of Bengali
 * posts. Whether a character folds is found by folding it alone, once; a character folds on its
 * own, so a token without any that fold folds to itself.
 */
final class AsciiFolding extends TokenFilter {

  /**
   * Per character past ASCII: 0 not yet known, 1 folds to something else, 2 stays. Learnt from
   * Lucene's fold the first time a character is met (a post's text meets a few hundred of the
   * 65,536, and folding all of them up front took a tenth of a second of every start). Races only
   * write the same value twice.
   */
  private static final byte[] FOLDS = new byte[Character.MAX_VALUE + 1];

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private char[] output = new char[512];

  AsciiFolding(TokenStream input) {
    super(input);
  }

  /** Whether the character folds to something else. */
  static boolean folds(char c) {
    if (c < 0x80) {
      return false;
    }
    byte known = FOLDS[c];
    if (known == 0) {
      char[] out = new char[4];
      int n = ASCIIFoldingFilter.foldToASCII(new char[] {c}, 0, out, 0, 1);
      known = n != 1 || out[0] != c ? (byte) 1 : (byte) 2;
      FOLDS[c] = known;
    }
    return known == 1;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    for (int i = 0; i < length; i++) {
      if (folds(buffer[i])) {
        if (output.length < 4 * length) {
          output = new char[ArrayUtil.oversize(4 * length, Character.BYTES)];
        }
        int n = ASCIIFoldingFilter.foldToASCII(buffer, 0, output, 0, length);
        term.copyBuffer(output, 0, n);
        break;
      }
    }
    return true;
  }
}
