package org.brandpulse.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * CoreNLP's English vectors load (packed by the build), know near-synonyms, and average only what
 * they know.
 */
class WordVectorsTest {
  private final WordVectors vectors = WordVectors.english();

  @Test
  void loadsTheCoreNlpVectors() {
    assertThat(vectors.dimension()).isEqualTo(50);
    assertThat(vectors.size()).isGreaterThan(100_000);
    assertThat(vectors.contains("refund")).isTrue();
    assertThat(vectors.contains("Refund")).isFalse();
  }

  /** The build's packed table is CoreNLP's vectors packed, byte for byte. */
  @Test
  void thePackedTableTheBuildShipsIsCoreNlpsVectors() throws IOException {
    byte[] shipped;
    try (InputStream in = WordVectors.class.getResourceAsStream(WordVectors.PACKED_RESOURCE)) {
      assertThat(in).as("the build writes " + WordVectors.PACKED_RESOURCE).isNotNull();
      shipped = in.readAllBytes();
    }
    ByteArrayOutputStream fresh = new ByteArrayOutputStream();
    WordVectors.fromCoreNlp().writePacked(fresh);
    assertThat(fresh.toByteArray()).isEqualTo(shipped);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    WordVectors.readPacked(new ByteArrayInputStream(shipped)).writePacked(again);
    assertThat(again.toByteArray()).isEqualTo(shipped);
  }

  @Test
  void aDamagedPackedTableIsRefused() {
    byte[] shipped = new byte[64];
    assertThatThrownBy(() -> WordVectors.readPacked(new ByteArrayInputStream(shipped)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a packed word-vector table");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      vectors.writePacked(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] whole = out.toByteArray();
    assertThatThrownBy(
            () ->
                WordVectors.readPacked(
                    new ByteArrayInputStream(Arrays.copyOf(whole, whole.length - 1))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("cut short");
    assertThatThrownBy(
            () ->
                WordVectors.readPacked(
                    new ByteArrayInputStream(Arrays.copyOf(whole, whole.length + 1))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("past its end");
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
