package org.brandpulse.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Our folding gives Lucene's {@link ASCIIFoldingFilter}'s terms, for every character. */
class AsciiFoldingTest {

  @Test
  void everyCharacterFoldsAsLucenesFilterFoldsIt() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int c = 0x21; c <= Character.MAX_VALUE; c++) {
      if (!Character.isWhitespace(c) && !Character.isSurrogate((char) c)) {
        text.append("a").append((char) c).append("b ");
      }
    }
    assertThat(terms(text.toString(), AsciiFolding::new))
        .isEqualTo(terms(text.toString(), ASCIIFoldingFilter::new));
  }

  @Test
  void mixedTokensFoldAsLucenesFilterFoldsThem() throws IOException {
    String[] parts = {
      "café", "ঢাকা", "bazarly", "Ærø", "😡", "ﬁne", "৳৫০০", "naïve", "मेरा", "ß", "①", "Ｆｕｌｌ", "x"
    };
    Random random = new Random(7);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      for (int k = 0; k < 1 + random.nextInt(4); k++) {
        text.append(parts[random.nextInt(parts.length)]);
      }
      text.append(' ');
    }
    List<String> ours = terms(text.toString(), AsciiFolding::new);
    assertThat(ours).isEqualTo(terms(text.toString(), ASCIIFoldingFilter::new));
    assertThat(ours).contains("cafe", "ঢাকা");
  }

  private static List<String> terms(String text, Function<TokenStream, TokenStream> filter)
      throws IOException {
    Tokenizer tokenizer = new WhitespaceTokenizer();
    tokenizer.setReader(new StringReader(text));
    List<String> out = new ArrayList<>();
    try (TokenStream stream = filter.apply(tokenizer)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    }
    return out;
  }
}
