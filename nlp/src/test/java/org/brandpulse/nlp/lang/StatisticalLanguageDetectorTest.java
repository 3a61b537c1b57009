package org.brandpulse.nlp.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Random;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

/**
 * The detector's own evaluation of OpenNLP's model gives what the model's {@code eval} gives,
 * renormalised over the allowed languages, as the detector did when it called the model.
 */
class StatisticalLanguageDetectorTest {

  @Test
  void agreesWithTheModelsOwnEvaluation() throws Exception {
    MaxentModel model;
    try (InputStream in =
        StatisticalLanguageDetector.class.getResourceAsStream(StatisticalLanguageDetector.MODEL)) {
      model = new LanguageDetectorModel(in).getMaxentModel();
    }
    Map<String, String> toIso1 = new HashMap<>();
    for (String code : Locale.getISOLanguages()) {
      try {
        toIso1.putIfAbsent(new Locale(code).getISO3Language(), code);
      } catch (MissingResourceException e) {
        // no three-letter form
      }
    }
    toIso1.putAll(
        Map.of(
            "cmn", "zh", "pes", "fa", "msa", "ms", "nob", "no", "nno", "no", "ekk", "et", "lvs",
            "lv", "swa", "sw", "pnb", "pa", "zsm", "ms"));
    String[] words = {
      "the", "order", "never", "arrived", "refund", "please", "pedido", "nunca", "llegó", "gracias",
      "ami", "tomar", "order", "ekhono", "pai", "nai", "bestellung", "noch", "nicht", "commande",
      "jamais", "reçue", "merci", "ordine", "mai", "arrivato", "привет", "заказ", "मेरा", "ऑर्डर",
      "qqx", "zzz", "ß", "ñandú", "açaí", "x"
    };
    List<Set<String>> sets =
        List.of(
            LanguageIdentifier.LATIN_LANGUAGES,
            Set.of("ru", "uk", "bg", "sr", "mk", "be", "kk"),
            Set.of("hi", "mr", "ne"),
            Set.of("en", "no", "ms"));
    Random random = new Random(31);
    StatisticalLanguageDetector detector = StatisticalLanguageDetector.get();
    int compared = 0;
    for (int t = 0; t < 3_000; t++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 1 + random.nextInt(12); w++) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      Set<String> allowed = sets.get(random.nextInt(sets.size()));
      StatisticalLanguageDetector.Guess expected = reference(model, toIso1, text, allowed);
      StatisticalLanguageDetector.Guess actual = detector.detect(text, allowed);
      if (expected == null) {
        assertThat(actual).as(text.toString()).isNull();
        continue;
      }
      assertThat(actual.language()).as(text.toString()).isEqualTo(expected.language());
      assertThat(actual.confidence()).isCloseTo(expected.confidence(), within(1e-12));
      if (Double.isInfinite(expected.margin())) {
        assertThat(actual.margin()).isInfinite();
      } else {
        assertThat(actual.margin() / expected.margin()).isCloseTo(1.0, within(1e-12));
      }
      compared++;
    }
    assertThat(compared).isGreaterThan(2_500);
  }

  /** The build's packed model is OpenNLP's model packed, byte for byte. */
  @Test
  void thePackedModelTheBuildShipsIsOpenNlps() throws Exception {
    byte[] shipped;
    try (InputStream in =
        StatisticalLanguageDetector.class.getResourceAsStream(
            StatisticalLanguageDetector.PACKED_RESOURCE)) {
      assertThat(in)
          .as("the build writes " + StatisticalLanguageDetector.PACKED_RESOURCE)
          .isNotNull();
      shipped = in.readAllBytes();
    }
    ByteArrayOutputStream fresh = new ByteArrayOutputStream();
    StatisticalLanguageDetector.fromOpenNlp().writePacked(fresh);
    assertThat(fresh.toByteArray()).isEqualTo(shipped);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    StatisticalLanguageDetector.readPacked(new ByteArrayInputStream(shipped)).writePacked(again);
    assertThat(again.toByteArray()).isEqualTo(shipped);
    assertThatThrownBy(
            () ->
                StatisticalLanguageDetector.readPacked(
                    new ByteArrayInputStream(Arrays.copyOf(shipped, shipped.length - 3))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("cut short");
    assertThatThrownBy(
            () -> StatisticalLanguageDetector.readPacked(new ByteArrayInputStream(new byte[16])))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a packed language model");
  }

  /** What the detector answered when it called the model's {@code eval}. */
  private static StatisticalLanguageDetector.Guess reference(
      MaxentModel model, Map<String, String> toIso1, CharSequence text, Set<String> allowed) {
    int n = text.length();
    List<String> context = new ArrayList<>();
    String s = text.toString();
    for (int len = 1; len <= 3; len++) {
      for (int i = 0; i + len <= n; i++) {
        context.add(s.substring(i, i + len));
      }
    }
    double[] p = model.eval(context.toArray(new String[0]));
    int best = -1;
    int second = -1;
    double total = 0;
    for (int i = 0; i < p.length; i++) {
      String code = toIso1.get(model.getOutcome(i));
      if (code == null || !allowed.contains(code)) {
        continue;
      }
      total += p[i];
      String bestCode = best < 0 ? null : toIso1.get(model.getOutcome(best));
      if (best < 0 || p[i] > p[best]) {
        second = best >= 0 && !bestCode.equals(code) ? best : second;
        best = i;
      } else if (!code.equals(bestCode) && (second < 0 || p[i] > p[second])) {
        second = i;
      }
    }
    if (best < 0 || !(total > 0)) {
      return null;
    }
    double margin = second < 0 || p[second] <= 0 ? Double.POSITIVE_INFINITY : p[best] / p[second];
    return new StatisticalLanguageDetector.Guess(
        toIso1.get(model.getOutcome(best)), p[best] / total, margin);
  }
}
