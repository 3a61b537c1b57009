package org.brandpulse.ingest.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.StoreException;
import org.brandpulse.ingest.testing.Posts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reopening, crashes, and a second writer: what the contract test cannot express. */
class LucenePostStoreDurabilityTest {

  @TempDir Path dir;

  @Test
  void postsSurviveCloseAndReopen() throws Exception {
    AnalyzedPost p = Posts.of("social:1", "বাজারলি 👍 survives a restart", Posts.T0);
    try (LucenePostStore store = LucenePostStore.open(dir.resolve("index"))) {
      store.upsert(List.of(p));
    }
    try (LucenePostStore store = LucenePostStore.open(dir.resolve("index"))) {
      assertThat(store.get("social:1")).contains(p);
      assertThat(store.count(PostFilter.ALL)).isEqualTo(1);
    }
  }

  @Test
  void aCopyTakenRightAfterUpsertReturnsHoldsEveryPost() throws Exception {
    Path index = dir.resolve("index");
    Path copy = dir.resolve("copy");
    LucenePostStore store = LucenePostStore.open(index);
    try {
      store.upsert(batch(0, 300));
      store.upsert(batch(300, 300));
      // The writer stays open, as if the process died now: copy what is on disk.
      copyFiles(index, copy);
    } finally {
      store.close();
    }
    try (LucenePostStore reopened = LucenePostStore.open(copy)) {
      assertThat(reopened.count(PostFilter.ALL)).isEqualTo(600);
      assertThat(reopened.get("social:00599")).isPresent();
    }
  }

  @Test
  void aKilledWriterLosesNoUpsertThatReturned() throws Exception {
    Path index = dir.resolve("index");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashingWriter.class.getName(),
                index.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    int committed = -1;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        committed = Integer.parseInt(line.substring("committed ".length()));
        if (committed >= 5) {
          break;
        }
      }
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(committed).as("batches the child reported as written").isGreaterThanOrEqualTo(5);
    try (LucenePostStore store = LucenePostStore.open(index)) {
      long count = store.count(PostFilter.ALL);
      assertThat(count).isGreaterThanOrEqualTo(committed * (long) CrashingWriter.BATCH);
      for (int i = 0; i < committed * CrashingWriter.BATCH; i += 37) {
        assertThat(store.get(CrashingWriter.id(i))).as(CrashingWriter.id(i)).isPresent();
      }
    }
  }

  @Test
  void aSecondStoreOnTheSameDirectoryIsRefused() throws Exception {
    try (LucenePostStore store = LucenePostStore.open(dir.resolve("index"))) {
      assertThat(store.directory()).isEqualTo(dir.resolve("index"));
      assertThatThrownBy(() -> LucenePostStore.open(dir.resolve("index")))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(dir.resolve("index").toString());
    }
  }

  @Test
  void concurrentWritersAndReadersSeeConsistentCounts() throws Exception {
    try (LucenePostStore store = LucenePostStore.open(dir.resolve("index"))) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> work = new ArrayList<>();
      for (int w = 0; w < 3; w++) {
        int writer = w;
        work.add(
            pool.submit(
                () -> {
                  for (int b = 0; b < 5; b++) {
                    store.upsert(batch(writer * 1000 + b * 40, 40));
                  }
                  return null;
                }));
      }
      work.add(
          pool.submit(
              () -> {
                long last = 0;
                for (int i = 0; i < 50; i++) {
                  long now = store.count(PostFilter.ALL);
                  assertThat(now).isGreaterThanOrEqualTo(last).isLessThanOrEqualTo(600);
                  last = now;
                }
                return null;
              }));
      for (Future<?> f : work) {
        f.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();
      assertThat(store.count(PostFilter.ALL)).isEqualTo(600);
    }
  }

  @Test
  void aStoreThatIsClosedRefusesWork() throws Exception {
    LucenePostStore store = LucenePostStore.open(dir.resolve("index"));
    store.close();
    assertThatThrownBy(() -> store.upsert(batch(0, 1))).isInstanceOf(StoreException.class);
    assertThatThrownBy(() -> store.count(PostFilter.ALL)).isInstanceOf(StoreException.class);
  }

  /** Copies the files of an index as they are on disk now (a crash, seen from the disk). */
  static void copyFiles(Path index, Path copy) throws IOException {
    Files.createDirectories(copy);
    try (Stream<Path> files = Files.list(index)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
  }

  static List<AnalyzedPost> batch(int from, int n) {
    List<AnalyzedPost> posts = new ArrayList<>(n);
    for (int i = from; i < from + n; i++) {
      posts.add(Posts.of(CrashingWriter.id(i), "post number " + i, Posts.T0.plusSeconds(i)));
    }
    return posts;
  }

  /** Child process: writes batches until killed, reporting each one that returned. */
  static final class CrashingWriter {
    static final int BATCH = 200;

    static String id(int i) {
      return String.format(java.util.Locale.ROOT, "social:%05d", i);
    }

    public static void main(String[] args) throws IOException, StoreException {
      LucenePostStore store = LucenePostStore.open(Path.of(args[0]));
      for (int b = 0; ; b++) {
        store.upsert(batch(b * BATCH, BATCH));
        System.out.println("committed " + (b + 1));
        System.out.flush();
      }
    }
  }
}
