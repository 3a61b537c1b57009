package org.brandpulse.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.brandpulse.nlp.Sentiment;
import org.brandpulse.nlp.SentimentLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BengaliSentimentModelTest {
  private final BengaliSentimentModel model = BengaliSentimentModel.loadDefault();

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "অসাধারণ নাটক, খুব ভালো লাগলো ❤️ | POSITIVE",
        "ধন্যবাদ, আপনাদের সার্ভিস সত্যিই চমৎকার | POSITIVE",
        "খুব খারাপ সার্ভিস, আর কখনো অর্ডার করবো না | NEGATIVE",
        "এটা একটা বাজে আর ফালতু জিনিস 😡 | NEGATIVE",
      })
  void labelsClearPosts(String text, SentimentLabel expected) {
    Sentiment s = model.score(text);
    assertThat(s.label()).isEqualTo(expected);
    assertThat(Math.signum(s.score())).isEqualTo(expected == SentimentLabel.POSITIVE ? 1.0 : -1.0);
  }

  @Test
  void emptyBinaryAndWordlessTextAreNeutralWithoutException() {
    assertThat(model.score(null)).isEqualTo(Sentiment.NEUTRAL);
    assertThat(model.score("")).isEqualTo(Sentiment.NEUTRAL);
    assertThat(model.score("   ")).isEqualTo(Sentiment.NEUTRAL);
    assertThat(model.score("\u0000\u0001\u0002\u0003\u0000\u0000")).isEqualTo(Sentiment.NEUTRAL);
    assertThat(model.score("১২৩৪ !!! 🎉").score()).isBetween(-1.0, 1.0);
    assertThat(model.score("আমি".repeat(20_000)).score()).isBetween(-1.0, 1.0);
  }

  @Test
  void banglishAndMixedScriptPostsGetAScore() {
    for (String text :
        List.of("vai apnar natok ta onek bhalo laglo", "Dhakart এর ডেলিভারি খুব দ্রুত 👍🏽")) {
      assertThat(model.score(text).score()).isBetween(-1.0, 1.0);
    }
  }

  @Test
  void modelSurvivesAWriteReadRoundTrip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.model().write(bytes);
    BengaliSentimentModel copy =
        BengaliSentimentModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    copy.model().write(again);
    assertThat(again.toByteArray()).isEqualTo(bytes.toByteArray());
    String text = "খুব খারাপ সার্ভিস, আর কখনো অর্ডার করবো না";
    assertThat(copy.score(text)).isEqualTo(model.score(text));
    assertThat(copy.model().properties()).containsKeys("recipe", "blp23.dev.heldOut.microF1");
  }

  @Test
  void savedFiguresMeetTheTarget() {
    // Issue 16: micro-F1 >= 0.60 on an untouched split of BLP-2023 dev (see MODEL-CARD-bn.md).
    double heldOut =
        Double.parseDouble(model.model().properties().get("blp23.dev.heldOut.microF1"));
    assertThat(heldOut).isGreaterThanOrEqualTo(0.60);
  }

  @Test
  void speedNote() {
    String text = "অসাধারণ নাটক, খুব ভালো লাগলো ❤️ কিন্তু শেষটা একটু দুর্বল ছিল";
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long cpu = 0;
    int n = 20_000;
    for (int round = 0; round < 3; round++) {
      long start = bean.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        model.score(text);
      }
      cpu = bean.getCurrentThreadCpuTime() - start;
    }
    double micros = cpu / 1000.0 / n;
    System.out.printf(Locale.ROOT, "Bengali sentiment: %.1f us CPU per post%n", micros);
    assertThat(micros).isLessThan(500.0);
  }
}
