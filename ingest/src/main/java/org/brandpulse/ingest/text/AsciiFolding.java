package org.brandpulse.ingest.text;

import java.io.IOException;
import java.util.BitSet;
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
 * posts. The characters that fold are found once, by folding each of them; a character folds on its
 * own, so a token without any of them folds to itself.
 */
final class AsciiFolding extends TokenFilter {

  /** The characters past ASCII that fold to something else. */
  private static final BitSet FOLDS = new BitSet(Character.MAX_VALUE + 1);

  static {
    char[] in = new char[1];
    char[] out = new char[4];
    for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
      in[0] = (char) c;
      int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, 1);
      if (n != 1 || out[0] != c) {
        FOLDS.set(c);
      }
    }
  }

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private char[] output = new char[512];

  AsciiFolding(TokenStream input) {
    super(input);
  }

  /** Whether the character folds to something else. */
  static boolean folds(char c) {
    return c >= 0x80 && FOLDS.get(c);
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
