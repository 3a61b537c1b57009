package org.brandpulse.app.bench.accesslog;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.brandpulse.app.demo.accesslog.AccessLogGenerator;
import org.brandpulse.app.demo.accesslog.LogProfile;
import org.brandpulse.app.demo.accesslog.PlantedTruth;
import org.brandpulse.app.demo.accesslog.SiteCatalog;
import org.brandpulse.ingest.metrics.accesslog.AccessLogReader;
import org.brandpulse.ingest.metrics.accesslog.LogFormat;
import org.brandpulse.ingest.metrics.accesslog.Sessionizer;
import org.brandpulse.ingest.metrics.accesslog.TrafficClassifier;

/**
 * Benchmarks access-log parsing and sessionising against GoAccess on the same generated log, in one
 * run: the log is written once (cached under the work folder with its planted truth), counted in an
 * untimed pass ({@link RequestTally}), parsed alone and parsed + sessionised on one thread after a
 * warm-up, then handed to {@code goaccess} twice: with its defaults, and with flags aligned to our
 * pageview definition (no crawlers, no static files, no failed statuses). A third goaccess run
 * counts its crawlers only. {@link BenchmarkTable} prints one side-by-side table and the computed
 * reasons the counts differ.
 *
 * <p>Run it from the CLI through {@link #run(Options, PrintStream)} or from {@link #main}: {@code
 * [--lines N] [--dir DIR] [--goaccess COMMAND | --no-goaccess]}.
 */
public final class AccessLogBenchmark {

  /**
   * Benchmark settings.
   *
   * @param workDir folder for the cached log, its truth and goaccess's reports
   * @param profile the log to generate
   * @param goAccess the goaccess command, null to skip it
   * @param warmups untimed pipeline runs before the measured one
   */
  public record Options(Path workDir, LogProfile profile, String goAccess, int warmups) {
    /** Validates the settings. */
    public Options {
      Objects.requireNonNull(workDir, "workDir");
      Objects.requireNonNull(profile, "profile");
      if (warmups < 0) {
        throw new IllegalArgumentException("warmups must be >= 0: " + warmups);
      }
    }

    /** 1,000,000 lines ({@link LogProfile#benchmark}), goaccess from the PATH, one warm-up. */
    public static Options defaults(Path workDir) {
      return new Options(workDir, LogProfile.benchmark(1_000_000), "goaccess", 1);
    }

    /** Returns a copy with another line count. */
    public Options withLines(long lines) {
      return new Options(workDir, profile.withLines(lines), goAccess, warmups);
    }

    /** Returns a copy with another goaccess command, or none (null). */
    public Options withGoAccess(String command) {
      return new Options(workDir, profile, command, warmups);
    }
  }

  /**
   * One measured pass of our code.
   *
   * @param lines lines read
   * @param wallSeconds elapsed time
   * @param cpuSeconds CPU time of the whole JVM (GC and JIT threads included)
   * @param peakHeapBytes sum of the heap pools' peaks during the pass
   * @param liveHeapBytes heap still in use after a full GC at the end of reading (the state held)
   */
  public record Measure(
      long lines, double wallSeconds, double cpuSeconds, long peakHeapBytes, long liveHeapBytes) {
    /** Lines per second of wall time. */
    public double linesPerSecond() {
      return wallSeconds > 0 ? lines / wallSeconds : 0;
    }

    /** Lines per CPU second. */
    public double linesPerCpuSecond() {
      return cpuSeconds > 0 ? lines / cpuSeconds : 0;
    }
  }

  /** Everything one benchmark run measured. */
  public record Result(
      Path log,
      long logBytes,
      PlantedTruth truth,
      Measure parseOnly,
      Measure pipeline,
      Sessionizer.Report report,
      String goAccessVersion,
      List<GoAccess.Run> goAccess) {
    /** Copies the runs. */
    public Result {
      goAccess = List.copyOf(goAccess);
    }
  }

  private AccessLogBenchmark() {}

  /** Command-line entry: {@code [--lines N] [--dir DIR] [--goaccess CMD | --no-goaccess]}. */
  public static void main(String[] args) throws Exception {
    Options options = Options.defaults(Path.of("target", "logbench"));
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--lines" -> options = options.withLines(Long.parseLong(args[++i].replace("_", "")));
        case "--dir" ->
            options =
                new Options(
                    Path.of(args[++i]), options.profile(), options.goAccess(), options.warmups());
        case "--goaccess" -> options = options.withGoAccess(args[++i]);
        case "--no-goaccess" -> options = options.withGoAccess(null);
        default ->
            throw new IllegalArgumentException(
                "unknown argument '"
                    + args[i]
                    + "': expected --lines N, --dir DIR,"
                    + " --goaccess COMMAND or --no-goaccess");
      }
    }
    run(options, System.out);
  }

  /**
   * Runs the benchmark and prints the table to {@code out}.
   *
   * @throws IOException when the log cannot be written or read, or goaccess fails
   */
  public static Result run(Options options, PrintStream out)
      throws IOException, InterruptedException {
    Files.createDirectories(options.workDir());
    LogProfile profile = options.profile();
    Path log =
        options
            .workDir()
            .resolve(
                String.format(
                    Locale.ROOT, "access-%d-seed%d.log", profile.lines(), profile.seed()));
    PlantedTruth truth = LogCache.load(profile, log);
    if (truth == null) {
      out.printf(Locale.ROOT, "generating %,d lines into %s%n", profile.lines(), log);
      truth = AccessLogGenerator.generate(profile, log);
      LogCache.save(profile, log, truth);
    }
    TrafficClassifier classifier = new TrafficClassifier(Set.of(profile.host()));
    RequestTally tally = new RequestTally(classifier);
    tally.malformed(
        new AccessLogReader(LogFormat.COMBINED).read(List.of(log), tally::accept).malformed());
    for (int i = 0; i < options.warmups(); i++) {
      pipeline(profile, log, false);
      parseOnly(log);
    }
    Measure parse = parseOnly(log);
    Piped piped = pipeline(profile, log, true);
    String version = options.goAccess() == null ? null : GoAccess.version(options.goAccess());
    List<GoAccess.Run> runs = new ArrayList<>();
    if (version != null) {
      // --max-items lists every request path, so assets counted as pages can be summed.
      List<String> aligned =
          new ArrayList<>(List.of("--max-items=1000000", "--ignore-statics=req"));
      tally.assetExtensions.forEach(e -> aligned.add("--static-file=." + e));
      tally.failedStatuses.forEach(s -> aligned.add("--ignore-status=" + s));
      List<String> crawlers = new ArrayList<>(aligned.subList(1, aligned.size()));
      aligned.add(0, "--ignore-crawlers");
      crawlers.add("--crawlers-only");
      Path work = options.workDir();
      runs.add(GoAccess.run(options.goAccess(), log, "default", List.of(), work, classifier));
      runs.add(GoAccess.run(options.goAccess(), log, "aligned", aligned, work, classifier));
      runs.add(GoAccess.run(options.goAccess(), log, "crawlers", crawlers, work, classifier));
    }
    Result result =
        new Result(
            log, Files.size(log), truth, parse, piped.measure(), piped.report(), version, runs);
    BenchmarkTable.print(result, tally, options, out);
    return result;
  }

  private static Measure parseOnly(Path log) throws IOException {
    long[] sink = new long[1];
    Probe probe = Probe.start();
    AccessLogReader.Summary s =
        new AccessLogReader(LogFormat.COMBINED).read(List.of(log), r -> sink[0] += r.status());
    return probe.stop(s.lines() + (sink[0] < 0 ? 1 : 0), -1);
  }

  private static Piped pipeline(LogProfile profile, Path log, boolean measureLive)
      throws IOException {
    Probe probe = Probe.start();
    Sessionizer sessionizer =
        new Sessionizer(
            new TrafficClassifier(Set.of(profile.host())),
            Sessionizer.Options.DEFAULTS.withGoals(List.of(SiteCatalog.CONFIRMATION)));
    AccessLogReader.Summary s =
        new AccessLogReader(LogFormat.COMBINED).read(List.of(log), sessionizer::accept);
    long live = measureLive ? probe.live() : -1;
    Sessionizer.Report report = sessionizer.finish();
    return new Piped(probe.stop(s.lines(), live), report);
  }

  private record Piped(Measure measure, Sessionizer.Report report) {}
}
