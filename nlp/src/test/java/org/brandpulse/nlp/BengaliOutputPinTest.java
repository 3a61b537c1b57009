package org.brandpulse.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.brandpulse.nlp.complaint.BengaliComplaintFeatures;
import org.brandpulse.nlp.complaint.BengaliComplaintModel;
import org.brandpulse.nlp.eval.BengaliComplaintSet;
import org.brandpulse.nlp.ml.FeatureVector;
import org.brandpulse.nlp.sentiment.BengaliFeatures;
import org.brandpulse.nlp.sentiment.BengaliSentimentModel;
import org.brandpulse.nlp.text.TextSanitizer;
import org.brandpulse.nlp.text.Token;
import org.brandpulse.nlp.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * Pins, bit for bit, what the Bengali path computes for every BLP-2023 dev post and every post of
 * the labelled Bengali complaint set: the fast tier's language, sentiment label and score,
 * complaint probability, category, severity and needs-reply; the same from the two models called on
 * their own; and the feature vectors the trainers see. Speed work on the Bengali path (shared
 * per-post features, reused buffers) must leave all of it unchanged. The digests were taken before
 * that work; retraining a shipped model changes them, and then they are taken again.
 */
class BengaliOutputPinTest {
  /** Fast tier and direct model outputs (commit 2c677f1, before the shared per-post features). */
  private static final String OUTPUT_DIGEST =
      "f1d42cd76cb7ff241eae674e6c7338081344100a2b3daf31b7f97b39e8385bce";

  /** Feature vectors of the three recipes (same commit). */
  private static final String FEATURE_DIGEST =
      "9d7846ceb69f2acb9ae9c1e916091137ee2cb748456ef3765fdf9500e034937c";

  private static Path sharedData() {
    Path dir = Path.of(System.getProperty("brandpulse.shared.data", "../../shared/data"));
    assumeTrue(
        Files.isRegularFile(dir.resolve("bengali/blp23_sentiment_dev.tsv")),
        "shared data absent: " + dir);
    return dir;
  }

  private static List<String> posts() throws IOException {
    Path data = sharedData();
    List<String> texts = new ArrayList<>();
    List<String> lines =
        Files.readAllLines(data.resolve("bengali/blp23_sentiment_dev.tsv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t", -1);
      texts.add(cols.length > 1 ? cols[1] : line);
    }
    for (BengaliComplaintSet.Post p :
        BengaliComplaintSet.read(
            Path.of("src/test/resources/eval/bengali-complaints.tsv"), data.resolve("bengali"))) {
      texts.add(p.text());
    }
    return texts;
  }

  @Test
  void outputsAreUnchanged() throws IOException {
    List<String> texts = posts();
    MessageDigest md = sha256();
    TextAnalyzer fast = TextAnalyzers.fast();
    BengaliSentimentModel sentiment = BengaliSentimentModel.loadDefault();
    BengaliComplaintModel complaints = BengaliComplaintModel.loadDefault();
    int bengali = 0;
    for (String text : texts) {
      TextAnalysis a = fast.analyze(text, AnalysisContext.NONE);
      bengali += a.language().equals("bn") ? 1 : 0;
      StringBuilder line = new StringBuilder(a.language());
      append(line, a.sentiment());
      append(line, a.complaint());
      Optional<String> clean = TextSanitizer.sanitize(text, TextSanitizer.DEFAULT_MAX_CHARS);
      if (clean.isPresent()) {
        List<Token> tokens = Tokenizer.tokenize(clean.get());
        Sentiment s = sentiment.score(clean.get(), tokens);
        append(line, s);
        append(line, complaints.judge(clean.get(), tokens, s, AnalysisContext.NONE));
      }
      md.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    assertThat(bengali).as("posts identified as Bengali").isGreaterThan(3500);
    assertThat(HexFormat.of().formatHex(md.digest())).isEqualTo(OUTPUT_DIGEST);
  }

  @Test
  void trainingFeaturesAreUnchanged() throws IOException {
    List<String> texts = posts();
    MessageDigest md = sha256();
    BengaliFeatures sentiment =
        new BengaliFeatures(BengaliSentimentModel.loadDefault().model().config());
    BengaliComplaintModel shipped = BengaliComplaintModel.loadDefault();
    BengaliComplaintFeatures complaint =
        new BengaliComplaintFeatures(shipped.complaintModel().config(), true);
    BengaliComplaintFeatures reply =
        new BengaliComplaintFeatures(shipped.replyModel().config(), true);
    FeatureVector x = new FeatureVector();
    for (String text : texts) {
      Optional<String> clean = TextSanitizer.sanitize(text, TextSanitizer.DEFAULT_MAX_CHARS);
      if (clean.isEmpty()) {
        continue;
      }
      List<Token> tokens = Tokenizer.tokenize(clean.get());
      sentiment.extract(clean.get(), tokens, x);
      append(md, x);
      complaint.extract(clean.get(), tokens, x);
      append(md, x);
      reply.extract(clean.get(), tokens, x);
      append(md, x);
    }
    assertThat(HexFormat.of().formatHex(md.digest())).isEqualTo(FEATURE_DIGEST);
  }

  private static void append(StringBuilder line, Sentiment s) {
    line.append('\t').append(s.label()).append('\t').append(Double.doubleToLongBits(s.score()));
  }

  private static void append(StringBuilder line, Complaint c) {
    line.append('\t')
        .append(Double.doubleToLongBits(c.probability()))
        .append('\t')
        .append(c.category())
        .append('\t')
        .append(c.severity())
        .append('\t')
        .append(c.needsReply());
  }

  private static void append(MessageDigest md, FeatureVector x) {
    ByteBuffer b = ByteBuffer.allocate(4 + 8 * x.size());
    b.putInt(x.size());
    for (int i = 0; i < x.size(); i++) {
      b.putInt(x.index(i)).putFloat(x.value(i));
    }
    md.update(b.array());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
