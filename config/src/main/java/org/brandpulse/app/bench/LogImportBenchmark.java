package org.brandpulse.app.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times the command users type, {@code brandpulse metrics import --site bench --access-log LOG}, as
 * a child process (JVM start, Spring, database and all), side by side with {@code goaccess LOG
 * --log-format=COMBINED -o report.json} on the same file, in turns, {@code runs} times: wall time,
 * CPU time (user + system) and peak RSS from {@code /usr/bin/time}. Each import gets a fresh data
 * folder, so it also creates its database, as a first import does. The child runs with the
 * launcher's defaults: {@code BRANDPULSE_JAVA_OPTS} and {@code BRANDPULSE_CONFIG} are not passed
 * on.
 */
public final class LogImportBenchmark {

  private static final Path TIME = Path.of("/usr/bin/time");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * One timed process.
   *
   * @param wallSeconds elapsed time
   * @param cpuSeconds user + system time
   * @param peakRssKb maximum resident set size, KiB
   * @param output what it printed on standard output
   */
  public record Timed(double wallSeconds, double cpuSeconds, long peakRssKb, String output) {}

  /** One turn: our import, then goaccess (null when skipped). */
  public record Turn(Timed brandpulse, Timed goAccess) {}

  private LogImportBenchmark() {}

  /**
   * The command that starts Brandpulse: the launcher script when it started this JVM ({@code
   * $BRANDPULSE_LAUNCHER}), else {@code java -jar} this application's jar.
   */
  public static List<String> launcher() {
    String script = System.getenv("BRANDPULSE_LAUNCHER");
    if (script != null && Files.isExecutable(Path.of(script))) {
      return List.of(script);
    }
    String jar =
        LogImportBenchmark.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return List.of(java, "-Xmx512m", "-jar", jar.replaceFirst("^nested:|!/.*$", ""));
  }

  /**
   * Runs the turns, printing each as it ends.
   *
   * @param goAccess the goaccess command, null to skip it
   * @throws IOException when a process cannot be started or fails
   */
  public static List<Turn> run(
      List<String> brandpulse, String goAccess, Path log, Path workDir, int runs, PrintStream out)
      throws IOException, InterruptedException {
    Path work = workDir.toAbsolutePath();
    if (!Files.isExecutable(TIME)) {
      throw new IOException(TIME + " is missing (apt-get install time): it measures CPU and RSS");
    }
    long lines;
    try (var all = Files.lines(log, StandardCharsets.UTF_8)) {
      lines = all.count();
    }
    out.printf(
        Locale.ROOT,
        "%nWhole process, as typed, same file (%,d lines, %,d MB), %d turns; %d cores, load average"
            + " %.1f before:%n  %s%n  %s%n",
        lines,
        Files.size(log) >> 20,
        runs,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        String.join(" ", brandpulse)
            + " metrics import --site bench --access-log "
            + log
            + " --json",
        goAccess == null
            ? "(goaccess skipped)"
            : goAccess + " " + log + " --log-format=COMBINED --no-global-config -o report.json");
    out.printf(
        Locale.ROOT,
        "  %-5s %-11s %9s %9s %9s %12s%n",
        "turn",
        "",
        "wall s",
        "CPU s",
        "RSS MB",
        "lines/s wall");
    // untimed: a build or the fast-start preparation the launcher does once must not count
    List<String> help = new ArrayList<>(brandpulse);
    help.add("--help");
    time(help, work, Map.of());
    List<Turn> turns = new ArrayList<>();
    for (int i = 1; i <= runs; i++) {
      Path home = work.resolve("import-home");
      FileSystemUtils.deleteRecursively(home);
      List<String> ours = new ArrayList<>(brandpulse);
      ours.addAll(List.of("metrics", "import", "--site", "bench", "--access-log"));
      ours.addAll(List.of(log.toAbsolutePath().toString(), "--json"));
      Timed b = time(ours, work, Map.of("BRANDPULSE_HOME", home.toAbsolutePath().toString()));
      Timed g = null;
      if (goAccess != null) {
        Path report = work.resolve("goaccess-whole.json");
        g =
            time(
                List.of(
                    goAccess,
                    log.toAbsolutePath().toString(),
                    "--log-format=COMBINED",
                    "--no-global-config",
                    "--no-progress",
                    "-o",
                    report.toAbsolutePath().toString()),
                work,
                Map.of());
      }
      turns.add(new Turn(b, g));
      print(out, i, "Brandpulse", b, lines);
      if (g != null) {
        print(out, i, "GoAccess", g, lines);
        out.printf(
            Locale.ROOT,
            "  %-5s %-11s %8.2fx %8.2fx%n",
            "",
            "ratio",
            g.wallSeconds() / b.wallSeconds(),
            g.cpuSeconds() / b.cpuSeconds());
      }
    }
    JsonNode totals = JSON.readTree(turns.get(0).brandpulse().output().strip());
    out.printf(
        Locale.ROOT,
        "  the import stored %,d rows: %,d pageviews, %,d sessions, %,d bot requests filtered;"
            + " ratio = GoAccess / Brandpulse, above 1 is Brandpulse faster%n",
        totals.path("rows").asLong(),
        totals.path("pageviews").asLong(),
        totals.path("sessions").asLong(),
        totals.path("botRequests").asLong());
    out.flush();
    return turns;
  }

  private static void print(PrintStream out, int turn, String who, Timed t, long lines) {
    out.printf(
        Locale.ROOT,
        "  %-5d %-11s %9.2f %9.2f %9d %,12d%n",
        turn,
        who,
        t.wallSeconds(),
        t.cpuSeconds(),
        t.peakRssKb() >> 10,
        Math.round(lines / t.wallSeconds()));
  }

  private static Timed time(List<String> command, Path work, Map<String, String> env)
      throws IOException, InterruptedException {
    Path times = Files.createTempFile(work, "time", ".txt");
    Path stdout = Files.createTempFile(work, "out", ".txt");
    List<String> cmd = new ArrayList<>(List.of(TIME.toString(), "-f", "%e %U %S %M", "-o"));
    cmd.add(times.toString());
    cmd.addAll(command);
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(work.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(ProcessBuilder.Redirect.appendTo(work.resolve("stderr.txt").toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().remove("BRANDPULSE_JAVA_OPTS");
    pb.environment().remove("BRANDPULSE_CONFIG");
    pb.environment().remove("SPRING_DATASOURCE_URL");
    pb.environment().putAll(env);
    int exit = pb.start().waitFor();
    String output = Files.readString(stdout, StandardCharsets.UTF_8);
    String[] f = Files.readString(times, StandardCharsets.UTF_8).strip().split("\\s+");
    Files.delete(times);
    Files.delete(stdout);
    if (exit != 0 || f.length < 4) {
      throw new IOException(
          String.join(" ", command)
              + " exited "
              + exit
              + ": expected exit 0 and a /usr/bin/time line; see "
              + work.resolve("stderr.txt"));
    }
    int n = f.length;
    return new Timed(
        Double.parseDouble(f[n - 4]),
        Double.parseDouble(f[n - 3]) + Double.parseDouble(f[n - 2]),
        Long.parseLong(f[n - 1]),
        output);
  }
}
