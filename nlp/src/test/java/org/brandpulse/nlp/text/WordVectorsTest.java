package org.brandpulse.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CoreNLP's English vectors load, know near-synonyms, and average only what they know. */
class WordVectorsTest {
  private final WordVectors vectors = WordVectors.english();

  @Test
  void loadsTheCoreNlpVectors() {
    assertThat(vectors.dimension()).isEqualTo(50);
    assertThat(vectors.size()).isGreaterThan(100_000);
    assertThat(vectors.contains("refund")).isTrue();
    assertThat(vectors.contains("Refund")).isFalse();
  }

  @Test
  void nearSynonymsAreCloserThanUnrelatedWords() {
    assertThat(vectors.similarity("refund", "refunds"))
        .isGreaterThan(vectors.similarity("refund", "weekend") + 0.3);
    assertThat(vectors.similarity("rude", "obnoxious"))
        .isGreaterThan(vectors.similarity("rude", "delivery"));
    assertThat(vectors.similarity("refund", "qqzzxx")).isNaN();
  }

  @Test
  void theDirectionIsUnitLengthAndSkipsStopWordsAndUnknownScripts() {
    double[] out = new double[vectors.dimension()];
    assertThat(vectors.meanDirection(Tokenizer.tokenize("Refund please #BrokenPhone"), out))
        .isEqualTo(2);
    double norm = 0;
    for (double v : out) {
      norm += v * v;
    }
    assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(vectors.meanDirection(Tokenizer.tokenize("the and of it"), out)).isZero();
    assertThat(out).containsOnly(0.0);
    assertThat(vectors.meanDirection(Tokenizer.tokenize("আমার অর্ডার এখনও পাইনি 😡"), out))
        .isZero();
    assertThat(vectors.meanDirection(Tokenizer.tokenize(""), out)).isZero();
  }
}
