package org.brandpulse.nlp.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinearModelTest {
  private static final FeatureConfig CONFIG = new FeatureConfig(10, true, true, 0, 0, true, 3);

  private static LinearModel model(boolean binary, boolean dense) {
    int rows = binary ? 1 : 3;
    float[] w = new float[CONFIG.dimension() * rows];
    for (int i = 0; i < w.length; i += dense ? 1 : 97) {
      w[i] = (i % 13) / 7f - 0.9f;
    }
    float[] b = binary ? new float[] {0.25f} : new float[] {0.1f, -0.2f, 0.3f};
    List<String> labels =
        binary ? List.of("no", "yes") : List.of("negative", "neutral", "positive");
    return new LinearModel(CONFIG, labels, Map.of("recipe", "test ✓ বাংলা"), binary, w, b);
  }

  private static byte[] bytes(LinearModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    return out.toByteArray();
  }

  @Test
  void roundTripKeepsEverything() throws IOException {
    for (boolean binary : new boolean[] {true, false}) {
      for (boolean dense : new boolean[] {true, false}) {
        LinearModel m = model(binary, dense);
        LinearModel back = LinearModel.read(new ByteArrayInputStream(bytes(m)));
        assertThat(back.config()).isEqualTo(m.config());
        assertThat(back.labels()).isEqualTo(m.labels());
        assertThat(back.properties()).isEqualTo(m.properties());
        assertThat(back.binary()).isEqualTo(binary);
        assertThat(back.weights()).isEqualTo(m.weights());
        assertThat(back.bias()).isEqualTo(m.bias());
      }
    }
  }

  @Test
  void sparseModelsAreStoredSparsely() throws IOException {
    assertThat(bytes(model(false, false)).length).isLessThan(bytes(model(false, true)).length / 10);
  }

  @Test
  void binaryProbabilitiesAreLogistic() {
    LinearModel m = model(true, true);
    FeatureVector x = new FeatureVector();
    x.add(5, 1f);
    double[] p = new double[2];
    m.probabilities(x, p);
    double margin = m.weights()[5] + m.bias()[0];
    assertThat(p[1])
        .isCloseTo(1 / (1 + Math.exp(-margin)), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(p[0] + p[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void offsetsShiftTheDecision() {
    LinearModel m = model(false, true);
    FeatureVector empty = new FeatureVector();
    double[] s = new double[3];
    assertThat(m.predict(empty, s)).isEqualTo(2);
    LinearModel shifted = m.withOffsets(new double[] {1, 0, 0}, Map.of("offsets", "1,0,0"));
    assertThat(shifted.predict(empty, s)).isZero();
    assertThat(shifted.properties()).containsEntry("offsets", "1,0,0").containsKey("recipe");
  }

  @Test
  void rejectsWhatIsNotAModel() throws IOException {
    assertThatThrownBy(() -> LinearModel.read(new ByteArrayInputStream("hello world!".getBytes())))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("magic");
    byte[] full = bytes(model(false, true));
    byte[] truncated = Arrays.copyOf(full, full.length / 2);
    assertThatThrownBy(() -> LinearModel.read(new ByteArrayInputStream(truncated)))
        .isInstanceOf(IOException.class);
    byte[] otherVersion = full.clone();
    otherVersion[7] = 9;
    assertThatThrownBy(() -> LinearModel.read(new ByteArrayInputStream(otherVersion)))
        .hasMessageContaining("version 9");
  }
}
