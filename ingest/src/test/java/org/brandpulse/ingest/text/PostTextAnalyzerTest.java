package org.brandpulse.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostTextAnalyzerTest {

  private final PostTextAnalyzer analyzer = new PostTextAnalyzer();

  private List<String> terms(String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(PostQueryParser.TEXT_FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    }
    return terms;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@Bazarly and #Bazarly!          | bazarly and bazarly",
        "Café CRÈME brûlée               | cafe creme brulee",
        "বাজারলি থেকে অর্ডার             | বাজারলি থেকে অর্ডার",
        "شكرا بازارلي                    | شكرا بازارلي",
        "visit bazarly.com now           | visit bazarly.com now",
        "love it 😍👍🏽                   | love it 😍 👍🏽",
        "東京タワー                      | 東 京 タワー",
      })
  void splitsLowerCasesAndFolds(String text, String expected) throws IOException {
    assertThat(terms(text)).containsExactly(expected.split(" "));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "bazarly AND (late                | 18",
        "\"unclosed phrase                | 17",
        "late AND                         | 9",
        "late ) parcel                    | 6",
      })
  void parseErrorsNameTheQueryAndColumn(String query, int column) {
    PostQueryParser parser = new PostQueryParser(analyzer);
    assertThatThrownBy(() -> parser.parse(query))
        .isInstanceOfSatisfying(
            QuerySyntaxException.class,
            e -> {
              assertThat(e.query()).isEqualTo(query);
              assertThat(e.column()).isEqualTo(column);
            })
        .hasMessageContaining("'" + query + "'")
        .hasMessageContaining("column " + column);
  }
}
