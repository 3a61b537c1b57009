package org.brandpulse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.brandpulse.app.demo.DemoDataGenerator;
import org.brandpulse.app.settings.SettingsLoader;
import org.brandpulse.ingest.store.PostFilter;
import org.brandpulse.ingest.store.PostStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real {@code kill -9}: the packaged jar's {@code ingest} of the demo data set is killed with
 * SIGKILL once its store has made a durable commit (posts written, the run not finished, the H2
 * database and its lock file left as a dead process leaves them); {@code ingest} run again then
 * stores exactly the posts, copies, analyses and skips of one clean run in another folder.
 */
class KillNineIT {

  private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 27);

  @TempDir Path work;

  @Test
  void ingestKilledMidRunThenRunAgainStoresWhatOneCleanRunStores() throws Exception {
    Path clean = demo("clean");
    Path killed = demo("killed");
    assertThat(jar(clean, "ingest", "--quiet").waitFor(5, TimeUnit.MINUTES)).isTrue();

    Process p = jar(killed, "ingest", "--quiet");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (p.isAlive() && !committed(killed.resolve("data")) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(p.isAlive()).as("still ingesting when killed").isTrue();
    p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no lock released by the JVM
    assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isEqualTo(137);

    Process again = jar(killed, "ingest", "--quiet");
    assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(again.exitValue()).as(Files.readString(killed.resolve("err.txt"))).isZero();

    List<String> cleanData = stored(clean);
    List<String> killedData = stored(killed);
    assertThat(cleanData).hasSizeGreaterThan(900);
    // the differences only: the lists are thousands of lines
    List<String> missing = new ArrayList<>(cleanData);
    missing.removeAll(killedData);
    List<String> extra = new ArrayList<>(killedData);
    extra.removeAll(cleanData);
    assertThat(missing).as("stored by the clean run only; after the kill only: " + extra).isEmpty();
    assertThat(extra).as("stored after the kill only").isEmpty();
    assertThat(killedData).as("no line twice").isEqualTo(cleanData);
  }

  /** The demo data set (its configuration and source files, nothing ingested) in a new folder. */
  private Path demo(String name) throws IOException {
    Path dir = work.resolve(name);
    Files.createDirectories(dir);
    try (InputStream in = KillNineIT.class.getResourceAsStream("/demo-config/brandpulse.yml")) {
      Files.copy(in, dir.resolve("brandpulse.yml"));
    }
    DemoDataGenerator.generate(dir, LAST_DAY, 42L);
    return dir;
  }

  /** Starts the packaged jar in {@code dir}; output goes to out.txt and err.txt there. */
  private static Process jar(Path dir, String... args) throws IOException {
    Path jar = Path.of(System.getProperty("brandpulse.jar", "target/brandpulse.jar"));
    Assumptions.assumeTrue(Files.isRegularFile(jar), "the application jar is not built: " + jar);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-Duser.home=" + dir);
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.add("-c");
    command.add(dir.resolve("brandpulse.yml").toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().remove(CliEnvironment.CONFIG_ENV);
    pb.environment().remove(CliEnvironment.HOME_ENV);
    pb.environment().put("HOME", dir.toString());
    pb.redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile());
    return pb.start();
  }

  /** Whether the post store has made a commit with posts (a Lucene generation past the first). */
  private static boolean committed(Path dataDir) throws IOException {
    if (!Files.isDirectory(dataDir)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(dataDir)) {
      return files.anyMatch(
          f -> {
            String n = f.getFileName().toString();
            return n.startsWith("segments_") && !n.equals("segments_1");
          });
    } catch (java.io.UncheckedIOException | IOException e) {
      return false; // a file went away while walking: look again
    }
  }

  /**
   * Every stored post (id, brands, copies, analysis; not when it was fetched) and the skip report,
   * as sorted lines.
   */
  private static List<String> stored(Path dir) throws Exception {
    List<String> out = new ArrayList<>();
    try (ConfigurableApplicationContext ctx =
        AppContext.start(SettingsLoader.load(dir.resolve("brandpulse.yml")))) {
      ctx.getBean(PostStore.class)
          .forEach(
              PostFilter.ALL,
              p ->
                  out.add(
                      String.join(
                          " | ",
                          p.id(),
                          new TreeSet<>(p.brands()).toString(),
                          new TreeSet<>(p.duplicateIds()).toString(),
                          p.post().text(),
                          p.analysis().toString())));
      out.addAll(
          ctx.getBean(JdbcTemplate.class)
              .queryForList(
                  "SELECT SOURCE_NAME || ' ' || LOCATION || ' ' || REASON FROM INGEST_SKIP",
                  String.class));
    }
    // skip locations name the folder: the two installations' differ
    String folder = dir.toUri().toString();
    out.replaceAll(l -> l.replace(folder, "<folder>/").replace(dir.toString(), "<folder>"));
    out.sort(null);
    return out;
  }
}
