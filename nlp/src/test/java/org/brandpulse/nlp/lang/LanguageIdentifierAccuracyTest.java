package org.brandpulse.nlp.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.brandpulse.nlp.text.TextSanitizer;
import org.brandpulse.nlp.text.Token;
import org.brandpulse.nlp.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * Accuracy floors of the language identifier on written fixtures (31 languages) and, when the
 * shared data are present, on English tweets (TweetEval) and Bengali posts (BLP-2023), plus a speed
 * note printed for the record.
 */
class LanguageIdentifierAccuracyTest {
  private final LanguageIdentifier identifier = new LanguageIdentifier();

  private record Post(String language, List<Token> tokens) {}

  @Test
  void writtenFixturesIn31Languages() throws IOException {
    List<Post> posts = fixtures();
    assertThat(posts).hasSizeGreaterThan(280);
    assertThat(accuracy(posts)).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void englishTweetsAndBengaliPosts() throws IOException {
    Path root = Path.of(System.getProperty("brandpulse.shared.data", "../../shared/data"));
    Path tweets = root.resolve("sentiment/tweeteval-val.tsv");
    Path blp = root.resolve("bengali/blp23_sentiment_dev.tsv");
    assumeTrue(Files.isRegularFile(tweets) && Files.isRegularFile(blp), "shared data absent");
    List<Post> english = new ArrayList<>();
    for (String line : Files.readAllLines(tweets, StandardCharsets.UTF_8)) {
      english.add(new Post("en", tokens(line.substring(line.indexOf('\t') + 1))));
    }
    List<Post> bengali = new ArrayList<>();
    for (String line : Files.readAllLines(blp, StandardCharsets.UTF_8).subList(1, 2001)) {
      bengali.add(new Post("bn", tokens(line.split("\t")[1])));
    }
    assertThat(accuracy(english)).isGreaterThanOrEqualTo(0.98);
    assertThat(accuracy(bengali)).isGreaterThanOrEqualTo(0.98);
    speedNote(english);
  }

  @Test
  void concurrentCallsAgreeWithSequentialOnes() throws Exception {
    List<Post> posts = fixtures();
    List<String> sequential = posts.stream().map(this::identify).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> posts.stream().map(this::identify).toList()));
      }
      for (Future<List<String>> run : runs) {
        assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private String identify(Post p) {
    return identifier.identify(p.tokens(), null).language();
  }

  private double accuracy(List<Post> posts) {
    int right = 0;
    for (Post p : posts) {
      right += identifier.identify(p.tokens(), null).language().equals(p.language()) ? 1 : 0;
    }
    return right / (double) posts.size();
  }

  private void speedNote(List<Post> posts) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long cpu = 0;
    for (int round = 0; round < 5; round++) {
      long start = bean.getCurrentThreadCpuTime();
      for (Post p : posts) {
        identifier.identify(p.tokens(), null);
      }
      cpu = bean.getCurrentThreadCpuTime() - start;
    }
    double micros = cpu / 1000.0 / posts.size();
    System.out.printf(Locale.ROOT, "language id: %.1f us CPU per English tweet%n", micros);
    assertThat(micros).isLessThan(200.0);
  }

  private List<Post> fixtures() throws IOException {
    List<Post> posts = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("multilingual-posts.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String[] cols = line.split("\t");
          posts.add(new Post(cols[0], tokens(cols[1])));
        }
      }
    }
    return posts;
  }

  private static List<Token> tokens(String text) {
    return Tokenizer.tokenize(TextSanitizer.sanitize(text, 10_000).orElse(""));
  }
}
