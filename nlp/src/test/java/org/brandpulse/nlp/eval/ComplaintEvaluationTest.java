package org.brandpulse.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class ComplaintEvaluationTest {
  @Test
  void aucCountsTiesAsHalf() {
    boolean[] gold = {true, true, false, false};
    assertThat(ComplaintEvaluation.rocAuc(new double[] {0.9, 0.8, 0.2, 0.1}, gold)).isEqualTo(1.0);
    assertThat(ComplaintEvaluation.rocAuc(new double[] {0.1, 0.2, 0.8, 0.9}, gold)).isEqualTo(0.0);
    assertThat(ComplaintEvaluation.rocAuc(new double[] {0.5, 0.5, 0.5, 0.5}, gold)).isEqualTo(0.5);
    // pairs (pos, neg): (0.9,0.5) win, (0.9,0.1) win, (0.5,0.5) tie, (0.5,0.1) win -> 3.5 / 4
    assertThat(ComplaintEvaluation.rocAuc(new double[] {0.9, 0.5, 0.5, 0.1}, gold))
        .isEqualTo(0.875);
    assertThat(ComplaintEvaluation.rocAuc(new double[] {0.3}, new boolean[] {true})).isEqualTo(0.5);
  }

  @Test
  void thresholdedFigures() {
    double[] scores = {0.9, 0.6, 0.4, 0.7, 0.1, 0.2};
    boolean[] gold = {true, true, true, false, false, false};
    ComplaintEvaluation e = ComplaintEvaluation.evaluate(scores, gold, 0.5);
    assertThat(e.n()).isEqualTo(6);
    assertThat(e.precision()).isCloseTo(2 / 3.0, offset(1e-12));
    assertThat(e.recall()).isCloseTo(2 / 3.0, offset(1e-12));
    assertThat(e.f1()).isCloseTo(2 / 3.0, offset(1e-12));
    assertThat(e.macroF1()).isCloseTo(2 / 3.0, offset(1e-12));
    assertThat(e.accuracy()).isCloseTo(4 / 6.0, offset(1e-12));
    // complaint scores beat 3 + 2 + 2 of the 9 (complaint, other) pairs
    assertThat(e.auc()).isCloseTo(7 / 9.0, offset(1e-12));
  }
}
